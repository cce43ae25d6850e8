"""Recipients, session 19 round 4: a report's documenting verb ("the report estimates that the
TTP has ...", "recorded 900 people flogged") is ACCUSE/investigate with no recipient (guide §10);
an accusation keeps its target."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _recipients(analyze, text: str) -> list[tuple[str, str | None]]:
    return [
        (e.trigger, (e.recipient.id or e.recipient.text) if e.recipient is not None else None)
        for e in _rows(analyze, text, "ACCUSE")
    ]


def test_documenting_verb_has_no_recipient(analyze):
    text = (
        "The UN sanctions monitors released their report on Tuesday. "
        "The report estimates that the TTP has about 4,000 fighters in Kunar."
    )
    rows = _recipients(analyze, text)
    assert ("estimates", None) in rows, rows
    assert all(r is None for _, r in rows), rows


def test_recorded_people_are_no_recipient(analyze):
    text = "The rights group's annual report recorded 900 people flogged in Kandahar."
    rows = _recipients(analyze, text)
    assert rows and all(r is None for _, r in rows), rows


def test_near_miss_an_accusation_keeps_its_target(analyze):
    text = "The army's spokesman accused the TTP of running training camps in Kunar."
    rows = _recipients(analyze, text)
    accused = [r for t, r in rows if t == "accused"]
    assert accused == ["ttp"], rows


def _rows_of(analyze, text: str, etype: str) -> list[tuple[str, str | None]]:
    return [
        (e.trigger, (e.recipient.id or e.recipient.text) if e.recipient is not None else None)
        for e in _rows(analyze, text, etype)
    ]


def test_shutdown_held_in_mourning_has_no_recipient(analyze):
    text = "Shopkeepers in Wana kept their shops closed on Friday to mourn the dead."
    rows = _rows_of(analyze, text, "PROTEST")
    assert rows and all(r is None for _, r in rows), rows


def test_near_miss_a_boycott_to_protest_goes_to_the_government(analyze):
    text = (
        "Lawyers in Peshawar began a two-day boycott of the courts on Friday to protest the "
        "government's failure to protect judges."
    )
    rows = _rows_of(analyze, text, "PROTEST")
    assert rows and rows[0][1] == "PAK", rows


_TRAIN = (
    "QUETTA — Balochistan Liberation Army fighters attacked a passenger train near Sibi on "
    "Monday, killing 14 passengers. "
)


def test_vow_of_pursuit_skips_a_recalled_attack(analyze):
    text = (
        _TRAIN + "In March 2023 a suicide bomber struck a police van in Quetta, killing 9 people. "
        'On Tuesday the governor vowed that "those who carried out this massacre will be hunted '
        'down".'
    )
    rows = _rows_of(analyze, text, "THREATEN")
    assert ("vowed", "bla") in rows, rows


def test_near_miss_vow_after_the_incident_itself(analyze):
    text = (
        "QUETTA — A suicide bomber struck a police van in Quetta on Monday, killing 9 people. "
        'On Tuesday the governor vowed that "those who carried out this attack will be hunted '
        'down".'
    )
    rows = _rows_of(analyze, text, "THREATEN")
    assert ("vowed", "prov:suicide-bomber") in rows, rows
