"""Near-duplicate detection: syndicated copies match, different stories on one topic do not."""

import json

from watchfloor.ingest import NearDuplicateIndex

ORIGINAL = (
    "Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Tuesday "
    "evening, forcing the closure of the main trade route between the two countries, officials "
    "on both sides said. The clash began after Afghan guards tried to build a new checkpost near "
    "the border fence, according to a Pakistani security official who spoke on condition of "
    "anonymity because he was not authorised to talk to the media. A spokesman for the Taliban "
    "administration in Nangarhar province said Pakistani forces had opened fire first and that "
    "the construction was taking place on Afghan soil. At least two border guards were wounded "
    "in the exchange, which lasted about an hour. Hundreds of lorries carrying fruit, coal and "
    "cement were stranded on both sides of the crossing by nightfall, and traders warned that "
    "perishable goods would rot if the road stayed shut for more than a few days. Torkham has "
    "been closed several times in recent years over disputes about fencing, visas and customs "
    "procedures. Tribal elders from Khyber district said they would meet officials from both "
    "sides on Wednesday to try to negotiate a reopening."
)

# The same wire story as run by another outlet: new first sentence, a few edits, a tail cut.
SYNDICATED = (
    "Gunfire erupted between Pakistani and Afghan border troops at Torkham late on Tuesday, "
    "shutting the busiest trade route between the neighbours. The clash began after Afghan "
    "guards tried to build a new checkpost near the border fence, according to a Pakistani "
    "security official who spoke on condition of anonymity because he was not authorized to "
    "talk to the media. A spokesman for the Taliban administration in Nangarhar province said "
    "Pakistani forces had opened fire first and that the construction was taking place on "
    "Afghan territory. At least two border guards were injured in the exchange, which lasted "
    "about an hour. Hundreds of lorries carrying fruit, coal and cement were stranded on both "
    "sides of the crossing by nightfall, and traders warned that perishable goods would rot if "
    "the road stayed shut for more than a few days. Torkham has been closed several times in "
    "recent years over disputes about fencing, visas and customs procedures."
)

# A different story about the same place and the same kind of dispute.
OTHER_STORY = (
    "The Torkham border crossing between Pakistan and Afghanistan reopened on Saturday after a "
    "week-long closure, allowing hundreds of stranded lorries to resume their journeys, customs "
    "officials said. The reopening followed talks between Pakistani officials and Taliban "
    "representatives from Nangarhar province, mediated by a jirga of tribal elders from Khyber "
    "district. Under the agreement, construction near the border fence will be halted until a "
    "joint committee inspects the area. Traders on the Pakistani side said they had lost "
    "millions of rupees as fruit and vegetables rotted in their vehicles during the closure. "
    "Pedestrian traffic, including patients travelling to hospitals in Peshawar, was expected to "
    "resume on Monday. The crossing handles most of the trade between the two countries and has "
    "been shut repeatedly over disputes about fencing, travel documents and customs rules."
)


def _rewrite_first_sentence_and_edit(text):
    first, rest = text.split(". ", 1)
    lead = (
        "Gunfire erupted between Pakistani and Afghan border troops at Torkham late on "
        "Tuesday, shutting the busiest trade route between the neighbours"
    )
    edited = f"{lead}. {rest}"
    for old, new in [("authorised", "authorized"), ("soil", "territory"), ("wounded", "hurt")]:
        edited = edited.replace(old, new)
    return edited


def test_syndicated_copy_with_new_lead_and_small_edits_matches():
    index = NearDuplicateIndex()
    index.add("original", index.signature(ORIGINAL))
    index.add("other", index.signature(OTHER_STORY))
    copy = _rewrite_first_sentence_and_edit(ORIGINAL)
    assert index.query(index.signature(copy)) == "original"


def test_syndicated_copy_also_cut_short_matches():
    index = NearDuplicateIndex()
    index.add("other", index.signature(OTHER_STORY))
    index.add("original", index.signature(ORIGINAL))
    assert index.query(index.signature(SYNDICATED)) == "original"


def test_exact_copy_with_different_case_and_punctuation_matches():
    index = NearDuplicateIndex()
    index.add("original", index.signature(ORIGINAL))
    assert index.query(index.signature(ORIGINAL.upper().replace(",", ""))) == "original"


def test_different_story_on_same_topic_does_not_match():
    index = NearDuplicateIndex()
    index.add("original", index.signature(ORIGINAL))
    index.add("syndicated", index.signature(SYNDICATED))
    assert index.query(index.signature(OTHER_STORY)) is None
    assert index.similarity(index.signature(OTHER_STORY), "original") < 0.2


def test_signature_is_plain_serialisable_and_stable():
    index = NearDuplicateIndex()
    sig = index.signature(ORIGINAL)
    assert len(sig) == 128 and all(type(v) is int for v in sig)
    restored = json.loads(json.dumps(sig))
    fresh = NearDuplicateIndex()  # as after a restart: rebuilt from stored signatures
    fresh.add("original", restored)
    assert fresh.signature(ORIGINAL) == sig
    assert fresh.query(fresh.signature(SYNDICATED)) == "original"


def test_best_earlier_key_wins_and_adding_twice_is_harmless():
    index = NearDuplicateIndex()
    index.add("syndicated", index.signature(SYNDICATED))
    index.add("original", index.signature(ORIGINAL))
    index.add("original", index.signature(ORIGINAL))
    assert len(index) == 2 and "original" in index
    assert index.query(index.signature(ORIGINAL)) == "original"
    assert NearDuplicateIndex().query(index.signature(ORIGINAL)) is None


def test_short_texts():
    index = NearDuplicateIndex()
    index.add("a", index.signature("Curfew lifted"))
    assert index.query(index.signature("curfew lifted!")) == "a"
    assert index.query(index.signature("Curfew imposed")) is None
