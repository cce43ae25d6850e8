"""Session-15 lexicon and attribute rules: a subject of "neither ... nor" denies the act, a
time closing coordinated verbs times each of them, migrants "returned" in the passive are
sent back, and an undated present-perfect charge or warning is a side's record.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from datetime import date

from tests.unit._events_util import events, events_of_type, nlp  # noqa: I001

from watchfloor.extract.factuality import classify_factuality


def test_neither_nor_subject_negates_the_act():
    evs = events_of_type(
        "Neither Tajikistan nor Turkmenistan has recognised the Kabul government.", "SUPPORT"
    )
    assert evs and all(e.factuality == "negated" for e in evs)


def test_neither_on_another_clause_leaves_the_act_asserted():
    evs = events_of_type(
        "Neither side said who fired first, but the army killed three militants on Monday.",
        "ASSAULT",
    )
    killed = [e for e in evs if "kill" in e.trigger]
    assert killed and killed[0].factuality == "asserted"


def test_plain_subject_is_not_negated():
    evs = events_of_type(
        "Tajikistan and Turkmenistan have recognised the Kabul government.", "SUPPORT"
    )
    assert evs and all(e.factuality != "negated" for e in evs)


def test_overnight_closing_coordinated_verbs_dates_both():
    evs = events(
        "Soldiers searched homes and detained at least 20 men overnight.", published="2026-03-05"
    )
    coerce = [e for e in evs if e.type == "COERCE"]
    assert len(coerce) == 2 and all(e.date == "2026-03-04" for e in coerce)


def test_overnight_does_not_reach_a_conjunct_with_its_own_subject():
    evs = events(
        "Soldiers searched homes and police detained at least 20 men overnight.",
        published="2026-03-05",
    )
    searched = [e for e in evs if e.trigger.startswith("search")]
    assert searched and searched[0].date != "2026-03-04"


def test_overnight_does_not_reach_a_conjunct_with_its_own_day():
    evs = events(
        "Soldiers searched homes on Monday and detained at least 20 men overnight.",
        published="2026-03-05",
    )
    searched = [e for e in evs if e.trigger.startswith("search")]
    assert searched and searched[0].date == "2026-03-02"


def test_people_returned_in_the_passive_are_deported():
    evs = events_of_type(
        "More than 3,000 migrants were returned through the Spin Boldak crossing.", "COERCE"
    )
    assert evs and evs[0].mode == "deport"


def test_bodies_returned_are_handed_back():
    evs = events("The bodies of the dead guards were returned to their families.")
    assert not [e for e in evs if e.type == "COERCE"]


def test_refugees_returning_on_their_own_are_no_deportation():
    evs = events("Thousands of refugees returned to Kunduz after the fighting.")
    assert not [e for e in evs if e.type == "COERCE"]


def test_undated_present_perfect_charge_is_generic():
    evs = events_of_type(
        "Islamabad has also accused Afghan refugees of involvement in bombings.", "ACCUSE"
    )
    assert evs and evs[0].factuality == "generic" and evs[0].date is None


def test_undated_standing_warning_is_generic():
    evs = events_of_type(
        "The group has repeatedly warned mining firms to leave the province.", "THREATEN"
    )
    assert evs and evs[0].factuality == "generic"


def test_an_unmarked_present_perfect_warning_is_todays_news():
    # review fix: a lead's "has warned" reports today's statement, not a standing one
    evs = events_of_type("The group has warned mining firms to leave the province.", "THREATEN")
    assert evs and evs[0].factuality == "asserted"


def test_present_perfect_charge_with_a_day_is_the_news():
    evs = events_of_type(
        "Islamabad has accused Kabul of sheltering the gunmen who stormed the post on Sunday.",
        "ACCUSE",
    )
    assert evs and evs[0].factuality == "asserted"


def test_present_perfect_charge_of_one_named_incident_is_the_news():
    evs = events_of_type(
        "Islamabad has accused Kabul of backing the attack on the convoy.", "ACCUSE"
    )
    assert evs and evs[0].factuality == "asserted"


def test_present_perfect_request_is_not_a_standing_charge():
    evs = events_of_type("The victims' families have asked for a judicial inquiry.", "REQUEST")
    assert evs and evs[0].factuality == "asserted"


def _factuality_without_date(text: str, trigger: str, published: str) -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(next(iter(doc.sents)), tok, published=date.fromisoformat(published))


def test_years_ago_sets_the_sentence_in_the_past():
    # the sentence's own time, not the caller's resolved date, makes the act background
    assert (
        _factuality_without_date(
            "Four years ago fighters detained a journalist in Kabul, an arrest that drew "
            "condemnation.",
            "detained",
            "2026-09-16",
        )
        == "historical"
    )


def test_days_ago_keeps_the_sentence_news():
    assert (
        _factuality_without_date(
            "Two days ago fighters detained a journalist in Kabul, an arrest that drew "
            "condemnation.",
            "detained",
            "2026-09-16",
        )
        == "asserted"
    )


def test_quoted_account_of_what_was_done_to_ones_kin_is_alleged():
    evs = events_of_type(
        '"Soldiers dragged my brother from the house and beat him," a shopkeeper told reporters.',
        "COERCE",
    ) + events_of_type(
        '"They arrested my son at the market," his mother said.',
        "COERCE",
    )
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_quoted_account_of_what_was_done_to_us_is_alleged():
    evs = events_of_type('"The guards beat us with rifle butts," one deportee said.', "ASSAULT")
    assert evs and evs[0].factuality == "alleged"


def test_a_sides_own_quoted_losses_stay_asserted():
    evs = events_of_type(
        '"Our soldiers were martyred while defending the post," the army spokesman said.',
        "ASSAULT",
    )
    assert evs and evs[0].factuality == "asserted"


def test_kin_outside_a_quotation_is_the_articles_narration():
    evs = events_of_type("Police arrested my son at the market, she said.", "COERCE")
    assert evs and evs[0].factuality == "asserted"
