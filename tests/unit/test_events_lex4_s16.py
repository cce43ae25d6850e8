"""Lexicon 2.30: letting a group "use" a country's soil or "maintain" a presence there is a
haven (AID/military) like letting it operate, a bare denial of it is not, and hosting an
armed group's fighters or figures is a haven too, not a visit.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001


def _aid_on(text: str, trigger: str) -> list:
    return [e for e in events(text) if e.type == "AID" and e.trigger.startswith(trigger)]


def test_allowing_a_group_to_use_soil_is_military_aid():
    evs = _aid_on(
        "Tehran accused Herat officials of allowing the group to use their soil for raids.",
        "allow",
    )
    assert evs and evs[0].mode == "military"


def test_allowing_a_group_to_maintain_a_presence_is_military_aid():
    evs = _aid_on("The panel accused the Taliban of allowing the group to maintain camps.", "allow")
    assert evs and evs[0].mode == "military"


def test_soil_assurance_to_anyone_is_no_aid():
    assert not _aid_on(
        "The spokesman said the government does not allow anyone to use its soil against Iran.",
        "allow",
    )


def test_bare_denial_of_allowing_militants_is_no_aid():
    assert not _aid_on(
        "The government has repeatedly denied allowing militants to use its territory.", "allow"
    )


def test_hosting_an_armed_groups_figures_is_military_aid():
    evs = _aid_on("Dushanbe has hosted several rebel figures since the war ended.", "host")
    assert evs and evs[0].mode == "military"


def test_hosting_a_delegation_stays_a_visit():
    evs = events("Dushanbe hosted a trade delegation from Kabul on Monday.")
    hosted = [e for e in evs if e.trigger.startswith("host")]
    assert hosted and all(e.type != "AID" for e in hosted)


def test_protection_a_named_patron_gives_is_military_aid():
    evs = _aid_on(
        "Diplomats say the network's chief enjoys Taliban protection in Kandahar.", "Taliban"
    )
    assert evs and evs[0].mode == "military"


def test_havens_with_no_provider_are_no_aid():
    evs = events("The envoy said armed groups enjoy safe havens across the region.")
    assert not [e for e in evs if e.type == "AID"]
