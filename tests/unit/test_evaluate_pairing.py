"""The event evaluator pairs gold rows and predictions of one type in one sentence by how much
they agree, over the whole sentence, not in the order the rows were written."""

from watchfloor.evaluate.events import _pair_rows
from watchfloor.records import ActorRef, EventRecord

SENTENCE = (
    "IS-K killed five people in a suicide bombing in 2023, and in 2024 a gunman killed two "
    "worshippers at a mosque."
)
SPAN = (0, len(SENTENCE))


def _pred(start: int, fatalities: int | None, factuality: str) -> EventRecord:
    return EventRecord(
        sentence=SENTENCE,
        sentence_span=SPAN,
        span=(start, start + 6),
        trigger="killed",
        type="ASSAULT",
        fatalities=fatalities,
        factuality=factuality,
    )


def _gold(fatalities: int | None, date: str | None = None) -> dict:
    return {
        "sentence": SENTENCE,
        "type": "ASSAULT",
        "actor": None,
        "recipient": None,
        "place": None,
        "fatalities": fatalities,
        "injured": None,
        "factuality": "historical",
        "mode": None,
        "date": date,
    }


def test_rows_pair_with_the_prediction_that_agrees_most():
    gold = [_gold(2), _gold(5)]
    preds = [_pred(5, 5, "historical"), _pred(70, 2, "historical")]
    pairing = _pair_rows(gold, [SPAN, SPAN], [None, None], preds)
    assert pairing == {0: 1, 1: 0}


def test_actor_and_recipient_still_come_first():
    gold = [_gold(5)]
    gold[0]["actor"] = "?:gunman"
    preds = [_pred(5, 5, "historical"), _pred(70, None, "asserted")]
    preds[1].actor = ActorRef(id="prov:gunman", name="gunman", text="a gunman")
    pairing = _pair_rows(gold, [SPAN], [None], preds)
    assert pairing == {0: 1}


def test_ties_keep_the_written_order_and_extra_rows_stay_unpaired():
    gold = [_gold(None), _gold(None), _gold(None)]
    preds = [_pred(5, None, "historical"), _pred(70, None, "historical")]
    pairing = _pair_rows(gold, [SPAN, SPAN, SPAN], [None, None, None], preds)
    assert pairing == {0: 0, 1: 1}


def test_rows_of_another_type_or_sentence_are_never_paired():
    gold = [_gold(5), {**_gold(5), "type": "COERCE"}]
    preds = [_pred(5, 5, "historical")]
    pairing = _pair_rows(gold, [SPAN, None], [None, None], preds)
    assert pairing == {0: 0}
    assert _pair_rows([{**_gold(5), "type": "COERCE"}], [SPAN], [None], preds) == {}
