"""Session-17 meeting-story date rules (guide §1.5, §7):

* a lead that tells the meeting or visit itself ("X hosted his counterparts on Tuesday") makes
  the article a meeting story: statements told in the past without a day take the meeting's day;
* a denial answering someone away from the meeting (a rights group's later statement) is of
  the news day, not the meeting's;
* an act its sentence places at the meeting ("on the sidelines of the meeting") takes the
  meeting's day even after the story moved on to another day;
* a statement whose words are in the present, reported with a past verb of saying ("told
  reporters that Kabul must ..."), belongs to the meeting like one told in the past.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001

# 2025-03-12 is a Wednesday: Tuesday is 03-11.
_PUBLISHED = "2025-03-12"
_VISIT = (
    "ANKARA, Turkey — Turkey's foreign minister, Hakan Fidan, met Pakistan's foreign "
    "minister, Ishaq Dar, in Ankara on Tuesday.\n\n"
)
_TALKS = (
    "TASHKENT, Uzbekistan — Foreign ministers of Uzbekistan and Pakistan held talks in Tashkent "
    "on Tuesday at a regional meeting.\n\n"
)


def _by_trigger(text: str, word: str, published: str = _PUBLISHED) -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_statement_after_a_hosted_visit_takes_the_meeting_day():
    evs = _by_trigger(
        _VISIT + "Ishaq Dar invited Turkish companies to invest in railway projects.",
        "invited",
    )
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_statement_after_a_lead_that_is_no_meeting_keeps_the_news_day():
    # near miss: a lead that tells no meeting or visit
    text = (
        "ANKARA, Turkey — Turkey condemned a bombing in Kabul on Tuesday.\n\n"
        "Pakistan's foreign minister, Ishaq Dar, invited Turkish companies to invest in railway "
        "projects."
    )
    evs = _by_trigger(text, "invited")
    assert evs and all(e.date != "2025-03-11" for e in evs)


def test_denial_of_a_rights_group_statement_takes_the_news_day():
    text = (
        _VISIT + "Human Rights Watch accused the Taliban of detaining journalists. The Taliban "
        "denied the accusation."
    )
    evs = [e for e in events(text, _PUBLISHED) if e.type == "REJECT"]
    assert evs and all(e.date != "2025-03-11" for e in evs)


def test_act_on_the_sidelines_takes_the_meeting_day_after_another_day():
    text = (
        _TALKS
        + "Police arrested two protesters outside the venue on Wednesday.\n\nChina's foreign minister, Wang Yi, met Dar on the sidelines of "
        "the meeting."
    )
    evs = [e for e in _by_trigger(text, "met") if e.type == "CONSULT"]
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_act_not_placed_at_the_meeting_keeps_the_story_day():
    # near miss: "using the talks" names the talks but places nothing at them
    text = (
        _TALKS
        + "Police arrested two protesters outside the venue on Wednesday.\n\nHe also accused Pakistan of using the talks to deflect attention."
    )
    evs = [e for e in _by_trigger(text, "accused") if e.type == "ACCUSE"]
    assert evs and all(e.date != "2025-03-11" for e in evs)


def test_present_words_reported_in_the_past_take_the_meeting_day():
    text = (
        _VISIT + 'Ishaq Dar told reporters that Kabul "must act against the group", and Fidan '
        "invited both sides to meet again."
    )
    evs = [e for e in events(text, _PUBLISHED) if e.type == "REQUEST"]
    assert evs and any(e.date == "2025-03-11" for e in evs)


def test_present_words_reported_in_the_present_keep_the_news_day():
    # near miss: "says" is the speaker's present, the news day
    text = _VISIT + 'Ishaq Dar says that Kabul "must act against the group".'
    evs = [e for e in events(text, _PUBLISHED) if e.type == "REQUEST"]
    assert evs and all(e.date != "2025-03-11" for e in evs)
