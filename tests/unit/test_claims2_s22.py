"""Claim detection, session 22 (claims 0.38): coordinated speakers of a borrowed-subject cue,
"expect X to …" predictions and "described" with a plain object.

Guide §2.1 (`expect X to …` is the one to-infinitive that is a claim; `described` is a cue)
and §17.6 (a joint statement speaks for each named signatory).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _cues(pipeline, text: str, cue: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == cue]


def _speakers(claims: list) -> set[str | None]:
    return {c.speaker.id if c.speaker is not None else None for c in claims}


def test_participle_cue_speaks_for_each_coordinated_subject(pipeline):
    claims = _cues(
        pipeline,
        "The World Health Organization and UNICEF condemned the killings in a joint statement, "
        'saying health workers "must never be a target".',
        "saying",
    )
    assert _speakers(claims) == {"who", "unicef"}


def test_conjoined_said_speaks_for_each_coordinated_subject(pipeline):
    claims = _cues(
        pipeline,
        "Pakistan and China condemned the attack and said the perpetrators would be punished.",
        "said",
    )
    assert _speakers(claims) == {"PAK", "CHN"}


def test_said_with_its_own_subject_keeps_one_speaker(pipeline):
    claims = _cues(
        pipeline,
        "Pakistan condemned the attack and China said the perpetrators would be punished.",
        "said",
    )
    assert _speakers(claims) == {"CHN"}


def test_expect_object_to_is_a_claim(pipeline):
    claims = _cues(
        pipeline,
        "Security analysts in Peshawar expect the violence to rise as the snow melts on the "
        "mountain passes.",
        "expect",
    )
    assert len(claims) == 1
    assert claims[0].content.startswith("the violence to rise")


def test_expected_to_with_no_object_is_no_claim(pipeline):
    text = "The delegation is expected to arrive in Kabul on Monday."
    assert not [c for c in _claims(pipeline, text) if "expect" in c.cue]
    assert not _cues(pipeline, "Pakistan expects to finish the fence by June.", "expects")


def test_described_with_a_plain_object_is_a_claim(pipeline):
    claims = _cues(
        pipeline,
        "Residents of Spera described at least three strikes shortly after midnight.",
        "described",
    )
    assert len(claims) == 1
    assert claims[0].content == "at least three strikes"


def test_describes_in_a_relative_clause_is_no_claim(pipeline):
    text = "Officials said the pattern it describes has been seen before."
    assert not _cues(pipeline, text, "describes")


def test_purpose_infinitive_keeps_one_speaker(pipeline):
    claims = _cues(
        pipeline,
        "Qatar, Turkey and Indonesia have all sent religious scholars to Kabul to argue that "
        "Islam requires the education of girls.",
        "argue",
    )
    assert len(_speakers(claims)) <= 1


def test_passive_forecast_leaves_the_closing_report(pipeline):
    text = (
        "The power line, to be financed partly by the Asian Development Bank, is expected to "
        "double Uzbek electricity supplies to northern Afghanistan when it is completed in "
        "2028, Uzbek officials said."
    )
    said = _cues(pipeline, text, "said")
    assert _speakers(said) == {"UZB"}
    assert not [c for c in _claims(pipeline, text) if "expect" in c.cue]


def test_described_a_stretch_of_time_is_no_claim(pipeline):
    text = "Passengers who reached Quetta on a relief train described hours of terror."
    assert not _cues(pipeline, text, "described")


def test_dateline_is_not_the_issuer_of_a_document(pipeline):
    claims = _cues(
        pipeline,
        "KABUL — For the past month the National Resistance Front has issued almost daily "
        "statements describing ambushes, raids and firefights in the Panjshir valley.",
        "describing",
    )
    assert _speakers(claims) == {"nrf"}


def test_closing_declaration_speaks_for_the_meeting(pipeline):
    claims = _cues(
        pipeline,
        "BISHKEK, Kyrgyzstan — Security council secretaries of the Shanghai Cooperation "
        "Organisation ended a one-day meeting in the Kyrgyz capital on Wednesday with a "
        'declaration describing militant groups in Afghanistan as "a persistent and evolving '
        'threat".',
        "describing",
    )
    assert _speakers(claims) == {"sco"}


def test_declaration_met_with_is_not_issued(pipeline):
    claims = _cues(
        pipeline,
        "Ministers of the Shanghai Cooperation Organisation met in Bishkek with a declaration "
        'describing militant groups as "a persistent threat".',
        "describing",
    )
    assert "sco" not in _speakers(claims)
