"""Accuracy gates for the PLOVER event coder (thresholds just under measured values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.evaluate.events import evaluate_events, format_report

ROOT = Path(__file__).resolve().parents[2]
PLOVER = ROOT / "gold" / "plover" / "plover_gsr_dev.jsonl"
DEMO = ROOT / "gold" / "demo"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def plover_result(pipeline):
    return evaluate_events(PLOVER, pipeline=pipeline)


def test_plover_top_type(plover_result):
    print(format_report(plover_result))
    # Measured (rules v5, lexicon 2.2): tune 92.5%, held-out 72.4% (target 85%: see
    # docs/event-coding.md, "Known weaknesses"). Rules v4 / lexicon 2.1: 89.6% / 67.2%.
    # Rules v8 / lexicon 2.9 (session 4): tune 91.5%, held-out 77.6%. Rules v54 (session 21):
    # tune 90.6%, held-out 79.3% — one tune sentence ("Finland will give Tanzania a grant …, a
    # statement said") is now the announced AID alone (guide §18 rule 20) where PLOVER has AGREE.
    assert plover_result["by_split"]["tune"]["top_type_accuracy"] >= 0.90
    assert plover_result["by_split"]["heldout"]["top_type_accuracy"] >= 0.77


@pytest.fixture(scope="module")
def demo_result(pipeline):
    if not any(DEMO.rglob("events.jsonl")):
        pytest.skip("demo gold not present")
    return evaluate_events(DEMO, pipeline=pipeline)


def test_demo_events(demo_result):
    print(format_report(demo_result))
    dev = demo_result["by_split"]["dev"]
    held = demo_result["by_split"]["heldout"]
    # Event F1 measured (rules v5, lexicon 2.2, on the adjudicated demo gold): dev 0.74,
    # held-out 0.65 (rules v4 / lexicon 2.1 on the same gold: 0.67 / 0.62).
    # Attributes on matched events (adjudicated demo gold, recipients 1.2, factuality cues
    # 1.3): dev actor 81%, recipient 62%, place 82%, fatalities 97%, factuality 84%, date 73%;
    # held-out actor 68%, recipient 50%, place 79%, factuality 75% (the same gold with the
    # previous argument rules: dev 64% / 49% / 65% / 72%, held-out recipient 38%, place 63%).
    # Third argument round (speaker's "its fighters", named officials in apposition, places in
    # relative clauses): dev actor 80%, recipient 66%, place 83%; held-out 66% / 55% / 80%.
    # Rules v8 / recipients 1.7 / factuality 1.7 (session 4): dev F1 0.830, actor 85%,
    # recipient 73%, place 85%, factuality 89%, casualties exact 92%; held-out F1 0.715,
    # recipient 56%, place 78%.
    assert dev["f1"] >= 0.80
    assert held["f1"] >= 0.69
    assert dev["fatalities_accuracy"] >= 0.95
    assert dev["casualty_exact"] >= 0.85
    assert dev["place_accuracy"] >= 0.82
    assert dev["actor_accuracy"] >= 0.82
    assert dev["recipient_accuracy"] >= 0.69
    assert held["place_accuracy"] >= 0.76
    assert held["recipient_accuracy"] >= 0.52
    assert dev["factuality_accuracy"] >= 0.85


OWN = ROOT / "gold" / "plover-own" / "sentences.jsonl"
NEWS = ROOT / "gold" / "news"


def test_own_sentences_top_type(pipeline):
    result = evaluate_events(OWN, pipeline=pipeline)
    print(format_report(result))
    # Measured (rules v6, lexicon 2.3, 473 sentences): tune 95.8%, held-out 86.2% (the 151
    # older held-out rows 87.4%, the 16 new ones 75.0%).
    # Session 4 (lexicon 2.9): tune 96.6%, held-out 89.3%.
    assert result["by_split"]["tune"]["top_type_accuracy"] >= 0.95
    assert result["by_split"]["heldout"]["top_type_accuracy"] >= 0.87


def test_news_events(pipeline):
    if not any(NEWS.rglob("events.jsonl")):
        pytest.skip("news gold not present")
    result = evaluate_events(NEWS, pipeline=pipeline)
    print(format_report(result))
    # Measured (rules v6, lexicon 2.3): event F1 dev 0.69, held-out 0.63; lexicon 2.4 (listings,
    # frozen assets, lies/interference, offers to host, agreement terms): dev 0.716, held-out 0.640.
    # Session 4 (rules v8): dev 0.815, held-out 0.674.
    assert result["by_split"]["dev"]["f1"] >= 0.78
    assert result["by_split"]["heldout"]["f1"] >= 0.64


FRESH = ROOT / "gold" / "fresh"


def test_fresh_dev_events(pipeline):
    # The blind batch of session 3: its dev half is tuned on since session 4, its held-out
    # half never. Session 4 (rules v8): dev F1 0.865, actor 79%, recipient 66%, place 82%;
    # held-out F1 0.657.
    if not any(FRESH.rglob("events.jsonl")):
        pytest.skip("fresh gold not present")
    result = evaluate_events(FRESH, pipeline=pipeline)
    print(format_report(result))
    dev = result["by_split"]["dev"]
    assert dev["f1"] >= 0.83
    assert dev["recipient_accuracy"] >= 0.62
    assert dev["place_accuracy"] >= 0.78
    assert result["by_split"]["heldout"]["f1"] >= 0.62


FRESH22 = ROOT / "gold" / "fresh22"

# The dev halves of the blind batches, each once a session's tuning set (its held-out half never
# tuned on): batch → floors just under the F1 and accuracies measured when it was tuned.
# fresh2, session 5 (rules v9, lexicon 2.10): F1 0.868, actor 82%, recipient 68%, place 86%,
# mode 85% (held-out F1 0.692). fresh3, session 6 (rules v10, lexicon 2.11, recipients 1.10):
# F1 0.839, actor 74%, recipient 70%, place 80%, mode 86%. fresh4, session 7 (rules v11,
# lexicon 2.12, recipients 1.11, factuality 1.10): F1 0.794, actor 74%, recipient 61%, place
# 83%, mode 83%, date 79% (session 8 matches more fresh4 events, and more
# of their actors are right, 86 of 120, but the share falls to 72%). fresh5, session 8
# (rules v12, lexicon 2.13, recipients 1.12, factuality 1.11): F1 0.828, actor 82%, recipient
# 66%, place 88%, mode 72%, date 79%. fresh6 and fresh7, session 9 (rules v13, lexicon 2.15,
# recipients 1.13, factuality 1.13; fresh6 in round 1, fresh7 in round 2): fresh6 F1 0.768,
# actor 84%, recipient 76%, place 85%, mode 84%; fresh7 F1 0.778, actor 78%, recipient 61%,
# place 83%, mode 78%. fresh8 and fresh9, session 10 (rules v14, lexicon 2.16-2.17, recipients
# 1.14, after the §11 gold relabel; fresh8 in round 1, fresh9 in round 2): fresh8 F1 0.712,
# actor 83%, recipient 67%, place 85%, mode 81%; fresh9 F1 0.746, actor 76%, recipient 62%,
# place 79%, mode 80%. fresh10, session 11 (rules v15, lexicon 2.18, recipients 1.15,
# factuality 1.14, wf-linker-14; tuned with every dev half pooled to choose what to fix): F1
# 0.692, actor 75%, recipient 64%, place 81%, mode 85%. fresh11, session 12 (rules v17,
# lexicon 2.21, recipients 1.17, factuality 1.16, wf-linker-15; pooled as in session 11): F1
# 0.728, actor 75%, recipient 66%, place 85%, mode 89%. fresh12, session 13 (rules v20, lexicon
# 2.24, recipients 1.19, factuality 1.17, wf-linker-17; pooled as in session 11; scored with the
# session-13 pairing of a sentence's rows by agreement): F1 0.801, actor 75%, recipient 71%,
# place 89%, mode 88%. fresh13, session 14 (rules v23, lexicon 2.26, recipients 1.21,
# factuality 1.18, wf-linker-21; pooled as in session 11): F1 0.749, actor 78%, recipient 64%,
# place 88%, mode 81%. fresh14, session 15 (rules v26, lexicon 2.28, recipients 1.22,
# factuality 1.21, wf-linker-24; pooled as in session 11): F1 0.787, actor 83%, recipient 71%,
# place 84%, mode 86%. fresh15, session 16 (rules v31, lexicon 2.30, recipients 1.25,
# factuality 1.25, wf-linker-26; pooled as in session 11): F1 0.751, actor 84%, recipient 64%,
# place 90%, mode 87%. fresh16, session 17 (rules v38, lexicon 2.34, recipients 1.33, factuality
# 1.29, wf-linker-29; pooled as in session 11): F1 0.832, actor 79%, recipient 71%, place 88%,
# mode 83%. fresh17, session 18 (rules v42, lexicon 2.37, recipients 1.36, factuality 1.33,
# wf-linker-31; pooled as in session 11, after the s18 relabel): F1 0.766, actor 80%,
# recipient 73%, place 82%, mode 85%. fresh18, session 19 (rules v48, lexicon 2.42, recipients
# 1.40, factuality 1.35, wf-linker-36; fixes kept only if they held pooled, after the s19
# relabel): F1 0.734, actor 79%, recipient 69%, place 88%, mode 83%. fresh19, session 20 (rules
# v51, lexicon 2.44, recipients 1.42, factuality 1.37, wf-linker-38; fixes chosen by
# leave-one-set-out over all dev halves, after the s20 relabel): F1 0.849, actor 87%, recipient
# 82%, place 89%, mode 87%. fresh20, session 21 (rules v54, lexicon 2.46, recipients 1.44,
# factuality 1.40, wf-linker-41; leave-one-set-out, after the s21 relabels): F1 0.821, actor
# 87%, recipient 80%, place 87%, mode 81%. fresh21, session 22 (rules v57, lexicon 2.48,
# recipients 1.45, factuality 1.41, wf-linker-42; leave-one-set-out, recall-aimed): F1 0.744,
# actor 77%, recipient 67%, place 88%, mode 86%.
TUNED_DEV_FLOORS = {
    "fresh2": {"f1": 0.85, "actor": 0.79, "recipient": 0.65, "place": 0.83, "mode": 0.82},
    "fresh3": {"f1": 0.82, "actor": 0.72, "recipient": 0.67, "place": 0.78, "mode": 0.83},
    "fresh4": {"f1": 0.77, "actor": 0.70, "recipient": 0.58, "place": 0.80, "mode": 0.80},
    "fresh5": {"f1": 0.80, "actor": 0.80, "recipient": 0.65, "place": 0.86, "mode": 0.70},
    "fresh6": {"f1": 0.74, "actor": 0.81, "recipient": 0.72, "place": 0.82, "mode": 0.81},
    "fresh7": {"f1": 0.75, "actor": 0.75, "recipient": 0.58, "place": 0.80, "mode": 0.75},
    "fresh8": {"f1": 0.69, "actor": 0.80, "recipient": 0.64, "place": 0.82, "mode": 0.78},
    "fresh9": {"f1": 0.72, "actor": 0.73, "recipient": 0.59, "place": 0.76, "mode": 0.77},
    "fresh10": {"f1": 0.67, "actor": 0.72, "recipient": 0.61, "place": 0.78, "mode": 0.83},
    "fresh11": {"f1": 0.71, "actor": 0.73, "recipient": 0.64, "place": 0.83, "mode": 0.86},
    "fresh12": {"f1": 0.78, "actor": 0.73, "recipient": 0.68, "place": 0.86, "mode": 0.85},
    "fresh13": {"f1": 0.72, "actor": 0.75, "recipient": 0.61, "place": 0.85, "mode": 0.78},
    "fresh14": {"f1": 0.76, "actor": 0.80, "recipient": 0.68, "place": 0.81, "mode": 0.83},
    "fresh15": {"f1": 0.73, "actor": 0.81, "recipient": 0.61, "place": 0.87, "mode": 0.85},
    "fresh16": {"f1": 0.81, "actor": 0.77, "recipient": 0.69, "place": 0.86, "mode": 0.81},
    "fresh17": {"f1": 0.74, "actor": 0.77, "recipient": 0.70, "place": 0.79, "mode": 0.82},
    "fresh18": {"f1": 0.71, "actor": 0.77, "recipient": 0.66, "place": 0.85, "mode": 0.80},
    "fresh19": {"f1": 0.82, "actor": 0.85, "recipient": 0.79, "place": 0.87, "mode": 0.85},
    "fresh20": {"f1": 0.80, "actor": 0.84, "recipient": 0.77, "place": 0.85, "mode": 0.79},
    "fresh21": {"f1": 0.72, "actor": 0.74, "recipient": 0.65, "place": 0.86, "mode": 0.84},
}


@pytest.mark.parametrize("batch", sorted(TUNED_DEV_FLOORS))
def test_tuned_dev_half_events(pipeline, batch):
    gold = ROOT / "gold" / batch
    if not any(gold.rglob("events.jsonl")):
        pytest.skip(f"{batch} gold not present")
    result = evaluate_events(gold, pipeline=pipeline, split="dev")
    print(format_report(result))
    dev = result["by_split"]["dev"]
    floors = TUNED_DEV_FLOORS[batch]
    assert dev["f1"] >= floors["f1"]
    for key in ("actor", "recipient", "place", "mode"):
        assert dev[f"{key}_accuracy"] >= floors[key], key


def test_fresh22_unseen_events(pipeline):
    # The blind batch written in session 22, scored only before and after that session's
    # changes and never tuned on (both halves): floors under the measured F1 (0.699 at the start
    # of session 22, 0.701 at its end) and argument accuracies (actor 80 → 79%, recipient
    # 66%, place 84%), so that a change which loses ground on text nobody has tuned on fails
    # here even when the tuned sets hold.
    if not any(FRESH22.rglob("events.jsonl")):
        pytest.skip("fresh22 gold not present")
    result = evaluate_events(FRESH22, pipeline=pipeline)
    print(format_report(result))
    overall = result["overall"]
    assert overall["f1"] >= 0.68
    assert overall["actor_accuracy"] >= 0.77
    assert overall["recipient_accuracy"] >= 0.63
    assert overall["place_accuracy"] >= 0.82
