"""A small, fixed knowledge base written straight through the store (no NLP), for fast tests of
the API, the exports and the dashboard. The text is illustrative, written for the tests."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from watchfloor.records import (
    Actor,
    ActorMention,
    ActorRef,
    ClaimRecord,
    DocumentAnalysis,
    EventRecord,
    Place,
    PlaceMention,
    PlaceRef,
    RawDocument,
)
from watchfloor.store import repository
from watchfloor.store.db import ensure_schema, session_scope

ACTORS = [
    Actor(
        id="PAK",
        name="Pakistan",
        sector="GOV",
        country="PAK",
        aliases=["Islamabad"],
        kind="country",
    ),
    Actor(
        id="PAK-MIL",
        name="Pakistan Army",
        sector="MIL",
        country="PAK",
        aliases=["Pakistani army"],
        parent="PAK",
    ),
    Actor(
        id="PAK-POLICE",
        name="Pakistan police",
        sector="COP",
        country="PAK",
        aliases=["police"],
        parent="PAK",
    ),
    Actor(
        id="taliban",
        name="Taliban",
        sector="GOV",
        country="AFG",
        aliases=["Islamic Emirate", "Kabul"],
    ),
    Actor(
        id="ttp",
        name="Tehreek-e-Taliban Pakistan",
        sector="REB",
        country="PAK",
        aliases=["TTP", "Pakistani Taliban"],
    ),
    Actor(
        id="zabihullah-mujahid",
        name="Zabihullah Mujahid",
        sector="GOV",
        country="AFG",
        parent="taliban",
        kind="person",
    ),
    Actor(id="IRN", name="Iran", sector="GOV", country="IRN", kind="country"),
]
PLACES = {
    "peshawar": Place(
        id="geonames:1168197",
        name="Peshawar",
        kind="city",
        country="PAK",
        lat=34.008,
        lon=71.578,
        geonames_id=1168197,
    ),
    "bannu": Place(
        id="geonames:1183880",
        name="Bannu",
        kind="city",
        country="PAK",
        lat=32.986,
        lon=70.604,
        geonames_id=1183880,
    ),
    "kabul": Place(
        id="geonames:1138958",
        name="Kabul",
        kind="city",
        country="AFG",
        lat=34.528,
        lon=69.172,
        geonames_id=1138958,
    ),
}

DOCS = [
    (
        "peshawar-blast.txt",
        "2025-03-14T10:00:00+05:00",
        "Suicide bomber kills five at Peshawar market",
        "A suicide bomber struck a crowded market in Peshawar on Friday, killing five people and wounding 12, police said.\n\n"
        "Pakistan's Foreign Office said TTP militants operate from sanctuaries in Afghanistan.\n\n"
        "Taliban spokesman Zabihullah Mujahid said no group is allowed to use Afghan soil against neighbours. "
        "<script>alert('x')</script> was found in a comment.",
    ),
    (
        "bannu-post.txt",
        "2025-04-02T08:00:00+05:00",
        "Militants storm police post in Bannu",
        "Militants stormed a police post in Bannu on Tuesday night, killing four policemen.\n\n"
        "The TTP reportedly claimed responsibility for the attack.",
    ),
    (
        "kabul-visit.txt",
        "2025-05-20T12:00:00+04:30",
        "Iran's foreign minister meets Taliban in Kabul",
        "Iran's foreign minister met the Taliban's acting foreign minister in Kabul on Monday to discuss border trade.",
    ),
]


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _sentence(text: str, needle: str) -> tuple[str, tuple[int, int]]:
    i = text.index(needle)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    return text[start:end], (start, end)


def analysis_for(name: str, text: str) -> DocumentAnalysis:
    a = DocumentAnalysis(versions={"linker": "test"}, places=list(PLACES.values()))
    if name == "peshawar-blast.txt":
        sent, sspan = _sentence(text, "suicide bomber")
        trig = _find(text, "struck")
        pm = _find(text, "Peshawar", sspan[0])
        a.place_mentions.append(PlaceMention(*pm, "Peshawar", PLACES["peshawar"].id, "name"))
        a.actor_mentions.append(
            ActorMention(*_find(text, "police"), "police", "PAK-POLICE", "alias")
        )
        a.events.append(
            EventRecord(
                sentence=sent,
                sentence_span=sspan,
                span=trig,
                trigger="struck",
                type="ASSAULT",
                mode="suicide-attack",
                context=["terrorism"],
                actor=ActorRef(None, None, "A suicide bomber"),
                recipient=ActorRef(None, None, "people"),
                place=PlaceRef(PLACES["peshawar"].id, "Peshawar", "PAK", 34.008, 71.578),
                date="2025-03-14",
                date_precision="day",
                fatalities=5,
                injured=12,
                factuality="asserted",
                reported_by=ActorRef("PAK-POLICE", "Pakistan police", "police"),
                confidence=0.9,
                extractor="test@1",
            )
        )
        sent2, sspan2 = _sentence(text, "Foreign Office")
        content = _find(text, "TTP militants operate from sanctuaries in Afghanistan")
        a.actor_mentions.append(
            ActorMention(
                *_find(text, "Pakistan's Foreign Office"),
                "Pakistan's Foreign Office",
                "PAK",
                "title",
            )
        )
        a.actor_mentions.append(ActorMention(*_find(text, "TTP"), "TTP", "ttp", "alias"))
        a.claims.append(
            ClaimRecord(
                sentence=sent2,
                sentence_span=sspan2,
                span=_find(text, "said", sspan2[0]),
                cue="said",
                content=text[content[0] : content[1]],
                content_span=content,
                speaker=ActorRef("PAK", "Pakistan", "Pakistan's Foreign Office"),
                stance="assert",
                hedged=False,
                proposition_id="afghan-soil-used-against-pakistan",
                polarity="for",
                confidence=0.8,
                extractor="test@1",
            )
        )
        sent3, sspan3 = _sentence(text, "Zabihullah")
        content3 = _find(text, "no group is allowed to use Afghan soil against neighbours")
        a.actor_mentions.append(
            ActorMention(
                *_find(text, "Zabihullah Mujahid"),
                "Zabihullah Mujahid",
                "zabihullah-mujahid",
                "name",
            )
        )
        a.claims.append(
            ClaimRecord(
                sentence=sent3,
                sentence_span=sspan3,
                span=_find(text, "said", sspan3[0]),
                cue="said",
                content=text[content3[0] : content3[1]],
                content_span=content3,
                speaker=ActorRef("zabihullah-mujahid", "Zabihullah Mujahid", "Zabihullah Mujahid"),
                stance="deny",
                proposition_id="afghan-soil-used-against-pakistan",
                polarity="against",
                confidence=0.8,
                extractor="test@1",
            )
        )
    elif name == "bannu-post.txt":
        sent, sspan = _sentence(text, "stormed")
        a.place_mentions.append(
            PlaceMention(*_find(text, "Bannu"), "Bannu", PLACES["bannu"].id, "name")
        )
        a.events.append(
            EventRecord(
                sentence=sent,
                sentence_span=sspan,
                span=_find(text, "stormed"),
                trigger="stormed",
                type="ASSAULT",
                mode="firearms",
                context=["terrorism"],
                actor=ActorRef(None, None, "Militants"),
                recipient=ActorRef("PAK-POLICE", "Pakistan police", "a police post"),
                place=PlaceRef(PLACES["bannu"].id, "Bannu", "PAK", 32.986, 70.604),
                date="2025-04-01",
                date_precision="day",
                fatalities=4,
                factuality="asserted",
                confidence=0.85,
                extractor="test@1",
            )
        )
        sent2, sspan2 = _sentence(text, "claimed responsibility")
        a.actor_mentions.append(ActorMention(*_find(text, "TTP"), "TTP", "ttp", "alias"))
        c = _find(text, "responsibility for the attack")
        a.claims.append(
            ClaimRecord(
                sentence=sent2,
                sentence_span=sspan2,
                span=_find(text, "claimed"),
                cue="claimed",
                content=text[c[0] : c[1]],
                content_span=c,
                speaker=ActorRef("ttp", "Tehreek-e-Taliban Pakistan", "The TTP"),
                stance="assert",
                hedged=True,
                factuality="alleged",
                confidence=0.6,
                extractor="test@1",
            )
        )
    else:
        sent, sspan = _sentence(text, "met")
        a.place_mentions.append(
            PlaceMention(*_find(text, "Kabul"), "Kabul", PLACES["kabul"].id, "name")
        )
        a.actor_mentions.append(
            ActorMention(
                *_find(text, "Iran's foreign minister"), "Iran's foreign minister", "IRN", "title"
            )
        )
        a.actor_mentions.append(
            ActorMention(
                *_find(text, "the Taliban's acting foreign minister"),
                "the Taliban's acting foreign minister",
                "taliban",
                "title",
            )
        )
        a.events.append(
            EventRecord(
                sentence=sent,
                sentence_span=sspan,
                span=_find(text, "met"),
                trigger="met",
                type="CONSULT",
                mode="visit",
                context=["diplomatic"],
                actor=ActorRef("IRN", "Iran", "Iran's foreign minister"),
                recipient=ActorRef("taliban", "Taliban", "the Taliban's acting foreign minister"),
                place=PlaceRef(PLACES["kabul"].id, "Kabul", "AFG", 34.528, 69.172),
                date="2025-05-19",
                date_precision="day",
                factuality="asserted",
                confidence=0.9,
                extractor="test@1",
            )
        )
    return a


class _Proposition:
    def __init__(self, id: str, text: str) -> None:
        self.id, self.text = id, text


PROPOSITIONS = [
    _Proposition(
        "afghan-soil-used-against-pakistan", "Afghan territory is used to attack Pakistan"
    ),
    _Proposition("taliban-shelter-ttp", "The Taliban shelter and support the TTP"),
]


def populate(engine: Engine) -> dict[str, int]:
    """Write the sample documents and analyses; returns external_id → document id."""
    ensure_schema(engine)
    ids: dict[str, int] = {}
    with session_scope(engine) as session:
        repository.upsert_actors(session, ACTORS, origin="kb", alias_source="kb")
        repository.sync_propositions(session, PROPOSITIONS)
        for name, published, title, text in DOCS:
            raw = RawDocument(
                text=text,
                external_id=name,
                origin=f"tests/{name}",
                title=title,
                url=None,
                source="Test Wire",
                published=published,
                language="en",
                meta={"illustrative": True},
            )
            ids[name] = store_document(session, raw, analysis_for(name, text))
    return ids


def store_document(session: Session, raw: RawDocument, analysis: DocumentAnalysis) -> int:
    """Store one document with a ready-made analysis, as ingest would; returns its id."""
    doc = repository.add_document(
        session,
        raw,
        sha256=repository.derived_id("sha", raw.text),
        minhash=None,
        duplicate_of=None,
    )
    assert doc is not None
    repository.save_analysis(session, doc, analysis, version="test")
    return doc.id
