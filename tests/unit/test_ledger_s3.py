"""The claims ledger as an analyst reads it: counts, quotes, incidents and the lead paragraph,
from small fixed inputs (no database, no model)."""

from __future__ import annotations

from typing import Any

from watchfloor.analyze.commitment_ledger import statement_of
from watchfloor.analyze.grading import text_similarity
from watchfloor.analyze.ledger import (
    admiralty_code,
    group_incidents,
    ledger_summary,
    pick_quotes,
    quote_text,
    summarise_speakers,
)
from watchfloor.analyze.ledger_text import lead_paragraph, render_ledger_text

PAK = {"id": "PAK", "name": "Pakistan", "text": "Pakistan"}
MUJAHID = {"id": "zabihullah-mujahid", "name": "Zabihullah Mujahid", "text": "Mujahid"}
FITRAT = {"id": "hamdullah-fitrat", "name": "Hamdullah Fitrat", "text": "Fitrat"}


def claim(
    cid: str,
    speaker: dict[str, Any],
    polarity: str,
    published: str,
    content: str,
    *,
    doc_id: int = 1,
    story: int | None = None,
    hedged: bool = False,
    credibility: int = 3,
    sentence: str | None = None,
) -> dict[str, Any]:
    return {
        "id": cid,
        "doc_id": doc_id,
        "story": story or doc_id,
        "external_id": f"doc-{doc_id}.txt",
        "speaker": speaker,
        "cue": "said",
        "content": content,
        "sentence": sentence or f"{speaker['name']} said {content}.",
        "hedged": hedged,
        "factuality": "asserted",
        "polarity": polarity,
        "confidence": 0.8,
        "source": f"Outlet {doc_id}",
        "published": f"{published}T10:00:00+05:00",
        "source_reliability": "F",
        "credibility": credibility,
    }


def event(eid: str, incident: str, date: str, fatalities: int | None, doc_id: int) -> dict:
    return {
        "id": eid,
        "incident": incident,
        "supports": "for",
        "type": "ASSAULT",
        "mode": None,
        "actor": {"id": "ttp", "name": "Tehreek-e-Taliban Pakistan", "text": "TTP"},
        "recipient": None,
        "place": {"id": "zhob", "name": "Zhob", "country": "PAK"},
        "date": date,
        "fatalities": fatalities,
        "injured": None,
        "factuality": "asserted",
        "sentence": "Militants attacked a checkpost\n\nnear Zhob.",
        "doc_id": doc_id,
        "source": f"Outlet {doc_id}",
        "confidence": 0.7,
    }


def sample_claims() -> list[dict[str, Any]]:
    return [
        claim("c1", PAK, "for", "2025-03-01", "attacks on Pakistan are planned from Afghanistan"),
        # the same story syndicated: a second document, one story
        claim(
            "c2",
            PAK,
            "for",
            "2025-03-01",
            "attacks on Pakistan are planned from Afghanistan",
            doc_id=2,
            story=1,
        ),
        claim(
            "c3",
            MUJAHID,
            "against",
            "2025-04-10",
            "no one is allowed to use Afghan soil against any country",
            doc_id=3,
        ),
        claim("c4", FITRAT, "for", "2025-05-01", "some fighters may cross the border", doc_id=4),
        claim(
            "c5",
            FITRAT,
            "against",
            "2025-06-01",
            "the accusation",
            doc_id=5,
            sentence="Fitrat rejected the accusation as baseless propaganda from Islamabad.",
        ),
    ]


def test_syndicated_copies_count_once_per_speaker():
    speakers = {s["speaker"]["id"]: s for s in summarise_speakers(sample_claims())}
    assert speakers["PAK"]["for"] == 2 and speakers["PAK"]["reports_for"] == 1
    assert speakers["PAK"]["first_seen"] == "2025-03-01"


def test_speaker_on_both_sides_keeps_latest_side_and_dates_per_side():
    fitrat = next(s for s in summarise_speakers(sample_claims()) if s["speaker"] == FITRAT)
    assert fitrat["position"] == "mixed"
    assert fitrat["latest"] == "against" and fitrat["latest_date"] == "2025-06-01"
    assert fitrat["seen"]["for"] == ["2025-05-01", "2025-05-01"]
    assert fitrat["seen"]["against"] == ["2025-06-01", "2025-06-01"]
    assert fitrat["hedged_by_side"] == {"for": 0, "against": 0}


def test_short_content_is_quoted_with_its_sentence():
    c = sample_claims()[4]
    assert quote_text(c) == "Fitrat rejected the accusation as baseless propaganda from Islamabad."
    assert quote_text(sample_claims()[0]) == "attacks on Pakistan are planned from Afghanistan"


def test_quotes_skip_copies_and_prefer_firm_statements():
    claims = sample_claims()
    claims.append(
        claim(
            "c6",
            PAK,
            "for",
            "2025-07-01",
            "Afghan soil is probably used by the group",
            doc_id=6,
            hedged=True,
        )
    )
    quotes = pick_quotes(claims, per_side=3)
    ids = [q["claim"] for q in quotes["for"]]
    assert not {"c1", "c2"} <= set(ids)  # one copy of the syndicated line only
    assert "c4" in ids and "c6" in ids  # a second quote from Pakistan only after every speaker
    assert all(q["admiralty"].startswith("F") for q in quotes["for"])
    assert [q["claim"] for q in quotes["against"]] == ["c3", "c5"]


def test_quotes_come_strongest_first_with_their_rank():
    claims = [
        claim("old", PAK, "for", "2025-01-01", "the attackers came from across the border"),
        claim(
            "new",
            FITRAT,
            "for",
            "2025-03-01",
            "some fighters may have crossed the border",
            doc_id=2,
            hedged=True,
        ),
        claim(
            "graded",
            MUJAHID,
            "for",
            "2025-02-01",
            "militants shelter in the eastern provinces",
            doc_id=3,
            credibility=2,
        ),
    ]
    quotes = pick_quotes(claims)["for"]
    # firm before hedged and the better graded first, whatever the dates
    assert [q["claim"] for q in quotes] == ["graded", "old", "new"]
    assert [q["rank"] for q in quotes] == [1, 2, 3]


def test_a_second_quote_from_one_speaker_ranks_after_every_first():
    claims = [
        claim("a", PAK, "for", "2025-01-01", "the attackers came from across the border"),
        claim("b", PAK, "for", "2025-01-02", "the camps in Khost train suicide bombers", doc_id=2),
        claim("c", FITRAT, "for", "2025-01-03", "some fighters may cross the border", hedged=True),
    ]
    quotes = pick_quotes(claims)["for"]
    assert [q["speaker"]["id"] for q in quotes] == ["PAK", "hamdullah-fitrat", "PAK"]
    assert [q["rank"] for q in quotes] == [1, 2, 3]


def test_one_quote_per_speaker_before_a_second():
    claims = [
        claim("a", PAK, "for", "2025-01-01", "the attackers came from across the border", doc_id=1),
        claim("b", PAK, "for", "2025-01-02", "the camps in Khost train suicide bombers", doc_id=2),
        claim("c", FITRAT, "for", "2025-01-03", "some fighters may cross the border", hedged=True),
    ]
    quotes = pick_quotes(claims, per_side=2)
    assert {q["speaker"]["id"] for q in quotes["for"]} == {"PAK", "hamdullah-fitrat"}


def test_incident_reported_twice_is_shown_once_with_highest_toll():
    events = [event("e1", "inc1", "2025-03-21", 4, 1), event("e2", "inc1", "2025-03-21", 6, 2)]
    events.append(event("e3", "inc2", "2025-05-02", None, 3))
    incidents = group_incidents(events)
    assert len(incidents) == 2
    first = incidents[0]
    assert first["fatalities"] == 6 and first["doc_ids"] == [1, 2]
    assert first["sentence"] == "Militants attacked a checkpost near Zhob."


def test_mentions_of_one_story_at_one_place_and_date_merge():
    events = [event("e1", "inc1", "2026-02", 14, 7), event("e2", "inc2", "2026-02", None, 7)]
    assert len(group_incidents(events)) == 1


def _ledger(claims: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
    speakers = summarise_speakers(claims)
    incidents = group_incidents(events)
    data = {
        "proposition": {"id": "p1", "text": "Afghan territory is used to attack Pakistan"},
        "summary": ledger_summary(speakers, claims, incidents),
        "speakers": speakers,
        "quotes": pick_quotes(claims),
        "claims": claims,
        "timeline": [{"month": "2025-03", "for": 2, "against": 0}],
        "incidents": incidents,
        "events": events,
    }
    data["lead"] = lead_paragraph(data)
    return data


def test_lead_paragraph_states_the_dispute():
    data = _ledger(sample_claims(), [event("e1", "inc1", "2025-03-21", 4, 1)])
    summary = data["summary"]
    assert summary["state"] == "disputed"
    assert summary["for"]["reports"] == 2 and summary["against"]["reports"] == 2
    assert summary["events_corroborate"] == "for"
    lead = data["lead"]
    assert lead.startswith("Disputed. Asserted in 2 reports by 2 speakers")
    assert "Most recently Hamdullah Fitrat denied it (2025-06-01, Outlet 5)" in lead
    assert "Hamdullah Fitrat (latest denies)" in lead
    assert "1 incident bears on it (1 for, 0 against; 4 killed in all" in lead
    assert "Zhob, 4 killed" in lead


def test_lead_paragraph_one_sided_and_without_events():
    claims = [c for c in sample_claims() if c["polarity"] == "for"]
    lead = _ledger(claims, [])["lead"]
    assert lead.startswith("Asserted, not denied.")
    assert "No extracted event bears on it." in lead


def test_rendered_ledger_names_sources_and_grades():
    text = render_ledger_text(_ledger(sample_claims(), [event("e1", "inc1", "2025-03-21", 4, 1)]))
    assert "Asserted by (2 reports, 3 mentions):" in text
    assert "  Pakistan: 2× in 1 report, 2025-03-01" in text
    assert "Denied by (2 reports, 2 mentions):" in text
    assert "graded F3, doc 3" in text
    assert "[for] 2025-03-21 ASSAULT by Tehreek-e-Taliban Pakistan in Zhob, 4 killed" in text


def test_admiralty_code_and_text_similarity():
    assert admiralty_code({"source_reliability": "b", "credibility": 2}) == "B2"
    assert admiralty_code({"source_reliability": None, "credibility": None}) == "F6"
    assert text_similarity("a b c d", "a b c d") == 1.0
    assert text_similarity("a b c d", "w x y z") == 0.0


def test_commitment_statement_falls_back_to_sentence_for_bare_nouns():
    sentence = "A ceasefire agreed in Doha on October 19 has largely held."
    assert statement_of("A ceasefire", sentence) == sentence
    assert statement_of("to hand over the wanted commanders", sentence) == (
        "to hand over the wanted commanders"
    )
    assert statement_of("the decree", None) == "the decree"


def _mention(status: str, date: str | None, evidence: str) -> Any:
    from watchfloor.analyze.commitments import CommitmentRecord

    return CommitmentRecord(
        actor=None,
        beneficiary=None,
        content="not to carry out hostile actions against each other",
        span=(0, 10),
        sentence="",
        date=date,
        status=status,
        evidence=[evidence],
    )


def test_same_day_retelling_of_a_pledge_is_not_a_reaffirmation():
    from watchfloor.analyze.commitments import derive_status_history

    history = derive_status_history(
        [
            _mention("made", "2025-10-25", "m1"),
            _mention("made", "2025-10-25", "m2"),
            _mention("made", "2025-11-05", "m3"),
            _mention("broken", "2025-11-20", "m4"),
        ]
    )
    assert history == [
        {"status": "made", "date": "2025-10-25", "evidence": ["m1", "m2"]},
        {"status": "reaffirmed", "date": "2025-11-05", "evidence": ["m3"]},
        {"status": "broken", "date": "2025-11-20", "evidence": ["m4"]},
    ]


def test_demand_then_pledge_then_renewed_demand():
    from watchfloor.analyze.commitments import derive_status_history

    history = derive_status_history(
        [
            _mention("demanded", "2025-01-02", "d1"),
            _mention("made", "2025-02-03", "m1"),
            _mention("demanded", "2025-03-04", "d2"),
            _mention("made", "2025-04-05", "m2"),
        ]
    )
    assert [h["status"] for h in history] == ["demanded", "made", "demanded", "reaffirmed"]
    assert all(h["evidence"] for h in history)


def test_each_side_is_led_by_who_took_it_most():
    claims = sample_claims() + [
        claim("d1", FITRAT, "against", "2025-07-01", "no group trains on Afghan soil", doc_id=7),
        claim(
            "d2", FITRAT, "against", "2025-08-01", "the camps in the report do not exist", doc_id=8
        ),
    ]
    data = _ledger(claims, [])
    assert data["summary"]["for"]["speakers"][0] == "Pakistan"
    assert data["summary"]["against"]["speakers"][0] == "Hamdullah Fitrat"


def test_claims_without_a_side_are_listed_apart():
    claims = sample_claims() + [claim("u1", PAK, "for", "2025-09-01", "talks will resume soon")]
    claims[-1]["polarity"] = None
    claims[-1]["speaker"] = {"id": "qatar", "name": "Qatar", "text": "Qatar"}
    text = render_ledger_text(_ledger(claims, []))
    assert "Also on it, side not determined: Qatar (1×)" in text


def test_empty_ledger_says_so():
    data = _ledger([], [])
    assert data["summary"]["state"] == "no stated position"
    assert data["lead"] == (
        "No attributed claim takes a side on this proposition yet. No extracted event bears on it."
    )
    assert "Asserted by" not in render_ledger_text(data, width=60)
