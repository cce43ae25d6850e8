"""Session-19 factuality and date rules.

* "will not hesitate to strike": a negated verb of readiness asserts the readiness; the act
  below is threatened (hypothetical), not negated. A plain "will not strike" stays negated.
* A bare plural "sieges"/"offensives" sums up many events like "raids" (generic); a definite
  "the sieges" is particular.
* Statements by a person the article introduced with a meeting state's title ("China's
  interior minister Li Wen") are of the meeting's day, not the publication day; a sentence
  opened "In Kabul," still sets its speaker away from the meeting.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_only_pipeline  # noqa: I001


def _by_trigger(text: str, word: str, published: str = "2026-03-12") -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_not_hesitate_to_strike_is_hypothetical():
    evs = _by_trigger(
        "The interior minister said the army would not hesitate to bomb militant hideouts "
        "in Khost.",
        "bomb",
    )
    assert evs and all(e.factuality == "hypothetical" for e in evs)


def test_will_not_strike_stays_negated():
    evs = _by_trigger(
        "The interior minister said the army would not bomb militant hideouts in Khost.",
        "bomb",
    )
    assert evs and all(e.factuality == "negated" for e in evs)


def test_bare_plural_sieges_is_generic():
    evs = _by_trigger(
        "An analyst said the group had turned from roadside bombs to sieges of police "
        "stations in Dera Ismail Khan.",
        "sieges",
    )
    assert all(e.factuality == "generic" for e in evs)


def test_definite_sieges_not_generic():
    evs = _by_trigger(
        "Police said the sieges of the two police stations in Tank ended on Monday.",
        "sieges",
    )
    assert all(e.factuality != "generic" for e in evs)


_MEETING = (
    "BISHKEK, Kyrgyzstan — Interior ministers of Central Asian states and Pakistan ended a "
    "meeting in Bishkek on Tuesday with a joint declaration on militant groups.\n\n"
    "The meeting was chaired by Kyrgyzstan's minister and drew Pakistan's interior minister "
    "Tariq Rehmatzai and Uzbekistan's Alisher Tursunov, among others.\n\n"
    "Rehmatzai had asked Kabul to hand over wanted militants, a Pakistani statement said.\n\n"
)


def _analyzed(text: str, word: str) -> list:
    analysis = events_only_pipeline().analyze(
        text, published="2026-03-11T08:00:00+05:00", title="x"
    )
    return [e for e in analysis.events if e.trigger.lower().startswith(word)]


def test_titled_participant_statement_has_meeting_day():
    evs = _analyzed(_MEETING, "asked")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_speaker_set_elsewhere_keeps_news_day():
    text = _MEETING.replace("Rehmatzai had asked", "In Islamabad, Rehmatzai had asked")
    evs = _analyzed(text, "asked")
    assert evs and all(e.date != "2026-03-10" for e in evs)
