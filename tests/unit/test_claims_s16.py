"""Claim detection, session 16: a reporting verb whose pronoun the tokenizer glued onto the
sentence before.

"… said in a post on X. He added that …": the tokenizer reads "X." as an abbreviation, the
two sentences become one, and the tagger takes "He" for a name hung on "on X". The pronoun
still opens its own sentence and is the cue's speaker (guide §2.1).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims
from tests.unit._events_util import by_content as _by_content

_POST = (
    '"The Islamic Emirate does not allow anyone to use Afghan soil against any country," '
    "Zabihullah Mujahid said in a post on X. "
)


def test_pronoun_glued_on_by_an_abbreviation_still_speaks(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            _POST + "He added that Pakistan should resolve its own security problems.",
        )
    )
    added = claims["Pakistan should resolve its own security problems"]
    assert added.cue == "added"
    assert added.speaker is not None and added.speaker.id == "zabihullah-mujahid"


def test_named_subject_after_an_abbreviation_keeps_its_own_speaker(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            _POST + "Pakistan's Foreign Office added that the border would stay closed.",
        )
    )
    added = claims.get("the border would stay closed")
    assert added is None or (added.speaker is not None and added.speaker.id != "zabihullah-mujahid")


def test_pronoun_without_a_glued_sentence_is_not_borrowed(pipeline):
    claims = _claims(
        pipeline,
        "Zabihullah Mujahid said in a post on X that talks would resume. The border stayed "
        "closed, and he added nothing about trade.",
    )
    assert all(c.cue != "added" for c in claims)
