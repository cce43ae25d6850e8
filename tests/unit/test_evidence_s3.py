"""Evidence rules that name classes of actors (knowledge-base attributes), on a tiny store."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from watchfloor.analyze import ledger
from watchfloor.errors import UserError
from watchfloor.kb.actors import KnowledgeBase
from watchfloor.store import models as m

# id, sector, country, parent (the packaged knowledge base supplies based_in/aims/opposes)
_ACTORS = [
    ("taliban", "GOV", "AFG", None),
    ("PAK-MIL", "MIL", "PAK", None),
    ("ttp", "REB", "PAK", None),
    ("noor-wali-mehsud", "REB", "PAK", "ttp"),
    ("bla", "REB", "PAK", None),
    ("iskp", "REB", None, None),
    ("nrf", "REB", "AFG", None),
    ("al-qaeda", "REB", None, None),
    ("etim", "REB", "CHN", None),
    ("IND", "GOV", "IND", None),
    ("prov:civilians", "CVL", None, None),
]
_PLACES = [("quetta", "PAK"), ("bannu", "PAK"), ("kabul", "AFG"), ("badakhshan", "AFG")]
# id, type, actor, recipient, place
_EVENTS = [
    ("e-ttp-bannu", "ASSAULT", "ttp", "PAK-MIL", "bannu"),
    ("e-leader-bannu", "ASSAULT", "noor-wali-mehsud", "PAK-MIL", "bannu"),
    ("e-bla-quetta", "ASSAULT", "bla", "PAK-MIL", "quetta"),
    ("e-iskp-quetta", "ASSAULT", "iskp", "prov:civilians", "quetta"),
    ("e-pak-strike", "ASSAULT", "PAK-MIL", "ttp", "kabul"),
    ("e-nrf-kabul", "ASSAULT", "nrf", "taliban", "kabul"),
    ("e-iskp-kabul", "ASSAULT", "iskp", "taliban", "kabul"),
    ("e-aq-badakhshan", "MOBILIZE", "al-qaeda", None, "badakhshan"),
    ("e-etim-badakhshan", "MOBILIZE", "etim", None, "badakhshan"),
    ("e-ttp-kabul", "MOBILIZE", "ttp", None, "kabul"),
    ("e-taliban-ttp", "COERCE", "taliban", "ttp", "kabul"),
    ("e-taliban-iskp", "COERCE", "taliban", "iskp", "kabul"),
    ("e-india-bla", "SUPPORT", "IND", "bla", None),
    ("e-unattributed-quetta", "ASSAULT", None, "PAK-MIL", "quetta"),
]


@pytest.fixture(scope="module")
def session():
    engine = create_engine("sqlite://")
    m.Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(m.Document(id=1, external_id="d", text="x", sha256="0" * 64))
        for ident, sector, country, parent in _ACTORS:
            s.add(m.Actor(id=ident, name=ident, sector=sector, country=country, parent=parent))
        for ident, country in _PLACES:
            s.add(m.Place(id=ident, name=ident, kind="city", country=country))
        for ident, typ, actor, recipient, place in _EVENTS:
            s.add(
                m.Event(
                    id=ident,
                    doc_id=1,
                    sentence="",
                    sentence_start=0,
                    sentence_end=0,
                    start=0,
                    end=0,
                    trigger="",
                    type=typ,
                    actor_id=actor,
                    recipient_id=recipient,
                    place_id=place,
                    factuality="asserted",
                    confidence=1.0,
                    extractor="test",
                )
            )
        s.commit()
        yield s


def _matches(session, **fields):
    rule = next(iter(_rules({"p": [{"supports": "for", **fields}]}).values()))[0]
    return {e.id for e in ledger._matching_events(session, rule)}


def _rules(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "evidence.yaml"
        path.write_text(yaml.safe_dump({"evidence": data}), encoding="utf-8")
        return ledger._load_rules_file(path)


def test_armed_groups_based_in_a_neighbour_attacking_here(session):
    got = _matches(
        session,
        types=["ASSAULT"],
        actor_sectors=["REB"],
        actor_based_in=["AFG"],
        place_countries=["PAK"],
    )
    # the group's leader counts with it; separatists based in Pakistan, the state's own strikes
    # and attacks nobody is named for do not
    assert got == {"e-ttp-bannu", "e-leader-bannu", "e-iskp-quetta"}


def test_groups_at_war_with_the_government(session):
    got = _matches(session, types=["ASSAULT"], actor_opposes=["AFG"], place_countries=["AFG"])
    assert got == {"e-nrf-kabul", "e-iskp-kabul"}


def test_recipient_class(session):
    got = _matches(
        session,
        types=["COERCE"],
        actors=["taliban"],
        recipient_countries=["PAK"],
        recipient_based_in=["AFG"],
    )
    assert got == {"e-taliban-ttp"}
    assert _matches(session, actors=["IND"], recipient_opposes=["PAK"]) == {"e-india-bla"}
    assert _matches(session, recipient_aims=["separatist"]) == {"e-india-bla"}


def test_unless_leaves_out_any_listed_class(session):
    got = _matches(
        session,
        actor_based_in=["AFG"],
        place_countries=["AFG"],
        unless={"actor_countries": ["AFG", "PAK"], "actor_opposes": ["AFG"]},
    )
    assert got == {"e-aq-badakhshan", "e-etim-badakhshan"}
    # an event with no actor is not dropped by an actor condition in `unless`
    assert "e-unattributed-quetta" in _matches(
        session, place_countries=["PAK"], unless={"actor_sectors": ["REB"]}
    )


def test_packaged_rules_name_classes_not_members(session):
    rules = ledger.load_evidence_rules()
    soil = rules["afghan-soil-used-against-pakistan"]
    assert all(not (r.actors & {"ttp", "iskp", "hafiz-gul-bahadur"}) for r in soil)
    bearing = {e.id for rule in soil for e in ledger._matching_events(session, rule)}
    assert bearing == {"e-ttp-bannu", "e-leader-bannu", "e-iskp-quetta", "e-taliban-ttp"}
    foreign = rules["foreign-militants-in-afghanistan"]
    found = {e.id for rule in foreign for e in ledger._matching_events(session, rule)}
    assert found == {"e-aq-badakhshan", "e-etim-badakhshan"}
    control = rules["taliban-in-firm-control"]
    against = {
        e.id
        for r in control
        if r.supports == "against"
        for e in ledger._matching_events(session, r)
    }
    assert against == {"e-nrf-kabul", "e-iskp-kabul"}


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ({"actor_aims": ["nationalist"]}, "actor_aims"),
        ({"actor_based_in": ["Afghanistan"]}, "actor_based_in"),
        ({"recipient_sectors": ["XXX"]}, "recipient_sectors"),
        ({"unless": {"victims": ["CVL"]}}, "unless"),
        ({"actor_based_in": "AFG"}, "list of strings"),
    ],
)
def test_rule_errors_name_the_field(entry, fragment):
    with pytest.raises(UserError, match=fragment):
        _rules({"p": [{"supports": "for", **entry}]})


def test_packaged_rules_use_known_attribute_values():
    kb = KnowledgeBase.load()
    for rules in ledger.load_evidence_rules().values():
        for rule in rules:
            for key, values in [*rule.conditions(), *rule.unless]:
                if key.endswith(("_based_in", "_opposes")):
                    assert values <= set(kb.countries)
