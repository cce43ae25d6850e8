"""Linking rules of session 8b: a person's name the tagger calls an organisation is a person a
later "he" can mean, and a village name the gazetteer only knows as a hamlet in a country the
article never names stays unresolved. One short text per rule, composed for the test; no
database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, places_at


def _provisional(linked, actor_id: str):
    """The document's own provisional actor with that id (None if the document made none)."""
    return next((a for a in linked.new_actors if a.id == actor_id), None)


def _as_org(pipeline, text: str, name: str):
    """`text` parsed, with `name` tagged ORG as the small tagger often does."""
    from spacy.tokens import Span

    doc = pipeline.nlp(text)
    start = next(t.i for t in doc if t.idx == text.index(name))
    end = start + len(name.split())
    kept = [e for e in doc.ents if e.end <= start or e.start >= end]
    doc.ents = [*kept, Span(doc, start, end, "ORG")]
    return doc


@pytest.mark.parametrize(
    "text,name",
    [
        pytest.param(
            "Islamabad hosted the talks. Saida Rakhimova, a senior aide, told reporters the "
            "meeting went well. He said a deal was near.",
            "Saida Rakhimova",
            id="a_name_with_a_title_apposition",
        ),
        pytest.param(
            "Kabul rejected the charge. Timur Bekzhanov said the strikes had hit civilians. "
            "He added that Pakistan would be held to account.",
            "Timur Bekzhanov",
            id="a_name_that_speaks",
        ),
    ],
)
def test_a_person_tagged_as_an_organisation_is_the_antecedent_of_he(link, pipeline, text, name):
    linked = link.linker.link(_as_org(pipeline, text, name), published=None, title=None)
    (actor_id,) = covering(linked, name)
    assert actor_id is not None and actor_id.startswith("prov:")
    assert _provisional(linked, actor_id).kind == "person"
    assert covering(linked, "He") == {actor_id}


def test_a_name_in_apposition_to_a_title_is_a_person(link, pipeline):
    text = (
        "In a statement from Vienna, its spokesman, Askar Nurmagambetov, said the ban had failed."
    )
    linked = link.linker.link(
        _as_org(pipeline, text, "Askar Nurmagambetov"), published=None, title=None
    )
    (actor_id,) = covering(linked, "Askar Nurmagambetov")
    assert actor_id is not None and actor_id.startswith("prov:")
    assert _provisional(linked, actor_id).kind == "person"


@pytest.mark.parametrize(
    "text,name",
    [
        pytest.param(
            "Kabul rejected the charge. Zarghun Media said the strikes had hit civilians.",
            "Zarghun Media",
            id="a_media_word",
        ),
        pytest.param(
            "Nadir Shah Hospital said it had treated nine wounded men.",
            "Nadir Shah Hospital",
            id="an_institution_word",
        ),
        pytest.param(
            "Kabul rejected the charge. KHAN Consulting said the strikes had hit civilians.",
            "KHAN Consulting",
            id="an_acronym",
        ),
    ],
)
def test_a_body_named_with_an_organisation_word_is_not_a_person(link, pipeline, text, name):
    linked = link.linker.link(_as_org(pipeline, text, name), published=None, title=None)
    (actor_id,) = covering(linked, name)
    assert actor_id is not None
    actor = _provisional(linked, actor_id) or link.linker.kb.get(actor_id)
    assert actor is not None and actor.kind != "person"


def test_an_organisation_after_the_article_is_not_a_person(link, pipeline):
    text = "Officials said the Ghazan Khel said the road was open."
    doc = _as_org(pipeline, text, "Ghazan Khel")
    ent = next(e for e in doc.ents if e.text == "Ghazan Khel")
    assert not link.linker._person_tagged_as_org(ent)


def test_a_hamlet_with_a_namesake_abroad_takes_its_district_not_the_namesake(link):
    # Until wf-linker-17 the village stayed unresolved; since then an unknown village in "X,
    # a village in Y district" takes the district's position (docs/knowledge-base.md), which
    # is still never the tiny namesake abroad.
    text = (
        "PESHAWAR, Pakistan — Gunmen attacked a police checkpoint in Sarata, a village in "
        "Khyber district, killing two constables."
    )
    assert places_at(link(text), "Sarata") == {("PAK", "admin2")}


def test_a_tiny_namesake_abroad_stays_unresolved(link):
    # the name alone does not make its country a focus
    text = "Pakistan's army said militants fled towards Tarnok after the raid."
    assert places_at(link(text), "Tarnok") == {None}


@pytest.mark.parametrize(
    "text,name,country",
    [
        pytest.param(
            "Pakistani and Hungarian officials met on Monday; later the delegation visited Tarnok.",
            "Tarnok",
            "HUN",
            id="a_town_in_a_country_the_article_names",
        ),
        pytest.param(
            "The talks in Doha ended without a deal, a Pakistani official said.",
            "Doha",
            "QAT",
            id="a_capital_abroad",
        ),
        pytest.param(
            "Pakistani traders said the fair in Tarnok, Hungary, drew few buyers.",
            "Tarnok",
            "HUN",
            id="a_town_whose_own_phrase_names_its_country",
        ),
    ],
)
def test_a_foreign_place_the_article_places_abroad_is_kept(link, text, name, country):
    assert places_at(link(text), name) == {(country, "city")}
