"""Event attributes, session 5: factuality of trends, standing states, reported progressives,
universal agents, unspecified earlier instances and hedged findings (guide §1.7); dates of
periods of the year (§1.5); casualty counts put at a figure (§1.6)."""

from datetime import date

import pytest
from tests.unit._events_util import nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import resolve_date
from watchfloor.extract.factuality import classify_factuality, load_cues


def _fact(text: str, trigger: str, published: str = "2026-05-20") -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(doc[:], tok, published=date.fromisoformat(published))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a plural event noun whose verb tells a trend is a pattern, negated or not
        (
            "Bombings in the province have not declined since the operation began.",
            "Bombings",
            "generic",
        ),
        ("Kidnappings rose sharply across the region last year.", "Kidnappings", "generic"),
        ("Officials said attacks on polio teams had dropped.", "attacks", "generic"),
        ("The airstrikes fell on a crowded market.", "airstrikes", "asserted"),
        # a state that holds now
        ("The crossing, which remains closed to trucks, is the main route.", "closed", "generic"),
        ("Women's universities have stayed shut since the decree.", "shut", "generic"),
        # a perfect progressive: an activity kept up over a span
        ("Clerics have been calling for a boycott of the talks.", "calling", "generic"),
        # every member of a class acting: many acts
        ("Every neighbouring government has hosted a Taliban delegation.", "hosted", "generic"),
        # an unspecified earlier instance given as a record
        ("The group has kidnapped aid workers in the province before.", "kidnapped", "generic"),
        ("Islamabad has previously expelled Afghan diplomats.", "expelled", "generic"),
        # findings and estimates of a report are its account
        (
            "The investigators assess that the militia has moved its fighters to the north.",
            "moved",
            "alleged",
        ),
        (
            "The panel believes the network smuggled weapons across the border.",
            "smuggled",
            "alleged",
        ),
        # a vague toll of one clash is not a campaign; thousands killed is
        (
            "Army officials said dozens of insurgents had been killed in the raid.",
            "killed",
            "asserted",
        ),
        ("He said the group had killed thousands of villagers.", "killed", "generic"),
        # a time of the news day keeps a past perfect in the news
        ("By dawn, the militants had stormed two checkpoints.", "stormed", "asserted"),
        ("By evening, troops had sealed the bazaar.", "sealed", "asserted"),
    ],
)
def test_factuality_classes(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


def test_cue_sets_are_built_once() -> None:
    cues = load_cues()
    assert cues.words("generic", "trend_verbs") is cues.words("generic", "trend_verbs")
    assert "fall" in cues.words("generic", "trend_verbs")
    assert cues.words("generic", "no-such-list") == frozenset()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("during the first half of the year", "2026-07-21", ("2026", "year")),
        ("in the second half of last year", "2026-07-21", ("2025", "year")),
        ("earlier in the year", "2026-07-21", ("2026", "year")),
        ("in the first quarter of this year", "2026-07-21", ("2026", "year")),
        ("in March", "2026-07-21", ("2026-03", "month")),
        ("in September", "2026-07-21", ("2025-09", "month")),
    ],
)
def test_periods_of_the_year(text: str, published: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("talks will resume in March", True, ("2027-03", "month")),
        ("talks will resume in November", True, ("2026-11", "month")),
        ("talks will resume in October", True, ("2026-10", "month")),
    ],
)
def test_future_months(text: str, future: bool, expected: tuple[str, str]) -> None:
    assert resolve_date(text, date(2026, 10, 5), future=future) == expected


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        ("The militants put the number of policemen killed at 12.", 12, None),
        ("Hospital officials put the death toll at 31 and the number of wounded at 40.", 31, 40),
        ("The provincial government put the toll at nine dead.", 9, None),
    ],
)
def test_toll_put_at_a_figure(text: str, fatalities: int | None, injured: int | None) -> None:
    cas = parse_casualties(nlp()(text)[:])
    assert (cas.fatalities, cas.injured) == (fatalities, injured)


@pytest.mark.parametrize(
    ("text", "trigger", "fatalities"),
    [
        (
            "Gunmen attacked a police station in Bannu on Monday, officials said, killing three constables.",
            "attacked",
            3,
        ),
        (
            "A roadside bomb struck a van near Quetta, police said, wounding two and killing four passengers.",
            "struck",
            4,
        ),
    ],
)
def test_toll_after_the_attribution(text: str, trigger: str, fatalities: int) -> None:
    from tests.unit._events_util import extractor, linked_doc

    events = extractor().extract(linked_doc(text))
    event = next(e for e in events if e.trigger == trigger)
    assert event.fatalities == fatalities


def _parties():
    from watchfloor.kb.linked import LinkedDoc
    from watchfloor.records import Actor

    linked = LinkedDoc(doc=nlp()("x"), published=None)
    for actor in (
        Actor(id="PAK", name="Pakistan", kind="country", country="PAK"),
        Actor(id="PAK-MIL", name="Pakistan Army", sector="MIL", country="PAK"),
        Actor(id="AFG-GOV", name="Afghan government", sector="GOV", country="AFG"),
        Actor(id="rebels", name="Rebel Front", sector="REB", country="PAK", kind="group"),
        Actor(id="bloc", name="Defence Bloc", sector="IGO"),
    ):
        linked.actors[actor.id] = actor
    return linked


@pytest.mark.parametrize(
    ("reporter", "actor", "recipient", "etype", "expected"),
    [
        # an armed group's claim of its own attack
        ("rebels", "rebels", "PAK-MIL", "ASSAULT", True),
        # a party's own use of force against a named enemy
        ("PAK", "PAK-MIL", "rebels", "ASSAULT", True),
        # what another state did, told by its adversary
        ("AFG-GOV", "PAK-MIL", "AFG-GOV", "ASSAULT", True),
        # an armed group's attack told by the state it hit: the incident's routine sourcing
        ("PAK", "rebels", "PAK-MIL", "ASSAULT", False),
        # a state's own exercise with an alliance
        ("PAK", "PAK-MIL", "bloc", "MOBILIZE", False),
        # an ally's deployment told by its partner
        ("PAK", "AFG-GOV", None, "MOBILIZE", False),
        # a statement is made whatever it says
        ("PAK", "PAK", "AFG-GOV", "ACCUSE", False),
    ],
)
def test_one_sides_account(
    reporter: str, actor: str, recipient: str | None, etype: str, expected: bool
) -> None:
    from watchfloor.extract.events import _one_sides_account
    from watchfloor.records import ActorRef

    def ref(aid: str) -> ActorRef:
        return ActorRef(id=aid, name=aid, text=aid)

    target = ref(recipient) if recipient else None
    linked = _parties()
    assert _one_sides_account(ref(reporter), ref(actor), target, etype, linked) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act on a condition, or one only possible
        ("The army will retaliate if the shelling continues.", "retaliate", "hypothetical"),
        (
            "Kabul said it reserved the right to respond to any incursion.",
            "respond",
            "hypothetical",
        ),
        ("The militia has the capability to attack the capital.", "attack", "hypothetical"),
        # the content of a standing charge
        ("Delhi has long accused Islamabad of arming the insurgents.", "arming", "generic"),
        (
            "The government has repeatedly blamed the group for bombing markets.",
            "bombing",
            "generic",
        ),
    ],
)
def test_conditions_and_standing_charges(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


def test_agreement_dated_by_its_year() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = "Iran and Iraq agreed to build the pipeline in March 2024, officials recalled."
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    agree = next(e for e in events if e.trigger == "agreed")
    assert agree.date == "2024-03"
    assert agree.factuality == "historical"


def test_present_perfect_takes_no_past_date() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = (
        "Tajikistan closed its consulate in Kabul in March 2024, though it has not recognised "
        "the Taliban government."
    )
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    closed = next(e for e in events if e.trigger == "closed")
    recognised = next(e for e in events if e.trigger == "recognised")
    assert closed.date == "2024-03"
    assert recognised.date != "2024-03"


def test_offer_keeps_its_own_date() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = "Oman has offered to revive the channel it brokered in 2024."
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    offered = next(e for e in events if e.trigger == "offered")
    assert offered.date != "2024"
    assert offered.factuality != "historical"


def test_freed_hostages_are_witnesses() -> None:
    from watchfloor.extract.factuality import is_witness_source

    assert is_witness_source("two freed hostages")
    assert is_witness_source("a passenger on the bus")
    assert not is_witness_source("police officials and passengers")


def test_perfect_under_a_dated_report_keeps_its_date() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = "India and Nepal have signed a power-sharing deal, the foreign ministry said on Friday."
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    signed = next(e for e in events if e.trigger == "signed")
    assert signed.date == "2026-02-06"


def test_past_participle_keeps_its_own_date() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = (
        "Police said four militants were killed on Sunday night, including a commander blamed "
        "for a bombing in Quetta last month."
    )
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    killed = next(e for e in events if e.trigger == "killed")
    assert killed.date == "2026-02-08"


def test_participle_on_the_trigger_dates_it() -> None:
    from tests.unit._events_util import extractor, linked_doc

    text = "Diplomats said an earlier Turkish pledge of aid, made in 2023, had produced little."
    events = extractor().extract(linked_doc(text, published="2026-02-10"))
    pledge = next(e for e in events if "pledge" in e.trigger)
    assert pledge.date == "2023"
