"""Event rows, session 15: a reply in kind to fire ("its troops had responded") is the attacked
side's own act on the attacker, and a clash after "after/since" that names both of its sides is
told there, not recalled."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc, nlp  # noqa: I001  (unit-test helpers)

from watchfloor.extract.eventing.candidates import _names_both_sides
from watchfloor.extract.eventing.mutual import _past_reply

_SIDES = {"Afghan forces": "taliban", "Iranian patrol": "IRN"}


def _rows(text: str, **kw: object) -> list[tuple[str, str | None, str | None]]:
    rows = [
        (r.type, r.actor.id if r.actor else None, r.recipient.id if r.recipient else None)
        for r in extractor().extract(linked_doc(text, **kw))
    ]
    return sorted(rows, key=str)


def _token(text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp()(text) if t.text == word)


def test_a_reply_to_fire_is_the_attacked_sides_act_on_the_attacker():
    text = (
        "The command said Afghan forces had opened fire on an Iranian patrol near the "
        "checkpoint, and that its troops had responded decisively."
    )
    rows = _rows(text, actors=_SIDES)
    assert ("ASSAULT", "taliban", "IRN") in rows
    assert ("ASSAULT", "IRN", "taliban") in rows


def test_a_reply_told_as_an_act_of_its_own_adds_no_row():
    text = (
        "Afghan forces had opened fire on an Iranian patrol, and the Iranian patrol had "
        "responded with fire that destroyed two Afghan posts."
    )
    rows = _rows(text, actors=_SIDES)
    # the destruction is the reply's own row; "responded" adds no second one beside it
    assert rows.count(("ASSAULT", "IRN", "taliban")) == 1


def test_a_reply_reserved_or_vowed_is_no_act():
    assert not _past_reply(_token("Pakistan reserves the right to respond to attacks.", "respond"))
    assert not _past_reply(_token("The army will respond with full force.", "respond"))


def test_a_reply_in_words_or_none_is_no_act():
    assert not _past_reply(_token("The ministry did not respond to questions.", "respond"))
    assert not _past_reply(_token("The police responded to the criticism.", "responded"))
    assert _past_reply(_token("Its troops had responded decisively.", "responded"))


def test_no_reply_row_without_an_act_of_force_before_it():
    text = "Afghan forces blamed Iran for the closure, and the Iranian patrol responded quickly."
    assert not any(t == "ASSAULT" for t, _, _ in _rows(text, actors=_SIDES))


def test_a_clash_naming_both_sides_after_since_is_told_there():
    text = "The route has stalled since the crossing was closed after clashes between Pakistani and Afghan forces."
    assert _names_both_sides(_token(text, "clashes"))
    rows = _rows(text)
    assert sum(1 for t, _, _ in rows if t == "ASSAULT") == 2


def test_a_clash_between_the_two_countries_still_recalls_one():
    text = "The crossing was closed after clashes between the two countries."
    assert not _names_both_sides(_token(text, "clashes"))
    assert not _names_both_sides(
        _token("The crossing was closed after clashes near the border.", "clashes")
    )
    assert not any(t == "ASSAULT" for t, _, _ in _rows(text))
