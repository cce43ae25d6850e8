"""Event arguments, second round of session 14: a passive killing of enemy fighters with no
agent, told by a state's forces, was done by the reporting force; civilians killed in such a
report were not."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_ARMY = Actor("AAA-MIL", "Atlantis Armed Forces", sector="MIL", country="AAA", kind="group")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")


def test_militants_killed_in_a_military_statement_were_killed_by_the_military():
    text = "Eleven militants had been killed near the village, a military statement said."
    linked = _linked(text, {"military": "AAA-MIL"}, [_ARMY, _FRONT])
    rows = _of(extractor().extract(linked), "ASSAULT")
    assert rows and _id(rows[0].actor) == "AAA-MIL"


def test_civilians_killed_in_a_police_report_have_no_actor():
    police = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA", kind="group")
    text = "The police said three civilians were killed near the village."
    linked = _linked(text, {"police": "AAA-POL"}, [police])
    rows = _of(extractor().extract(linked), "ASSAULT")
    assert rows and _id(rows[0].actor) is None
