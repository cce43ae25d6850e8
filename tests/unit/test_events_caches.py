"""The per-document caches of the event coder answer what spaCy answers, for each document
and sentence in turn, so switching documents or sentences never serves a stale answer."""

from tests.unit._events_util import extractor, nlp

from watchfloor.extract.events import (
    _count_assault_groups,
    _dateline_end,
    _sentence_entities,
    _sentence_words,
)

TEXT = (
    "PESHAWAR, Pakistan — Militants attacked a police post in Bannu on Monday. "
    "Officials said troops killed four attackers and wounded two others overnight. "
    "The talks in Doha on 3 March ended without a deal."
)


def test_sentence_entities_match_spacy_for_every_sentence():
    doc = nlp()(TEXT)
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in _sentence_entities(sent)] == [
            (e.start, e.end, e.label_) for e in sent.ents
        ]


def test_sentence_words_hold_lemmas_and_forms_of_that_sentence_only():
    doc = nlp()(TEXT)
    first, second, _ = list(doc.sents)
    assert _sentence_words(first) == {t.lemma_.lower() for t in first} | {t.lower_ for t in first}
    assert "attacked" in _sentence_words(first) and "attack" in _sentence_words(first)
    assert "overnight" in _sentence_words(second)
    assert "overnight" not in _sentence_words(first)
    # another document with the same token range is not served the first one's words
    other = nlp()("Protesters blocked the road in Quetta on Monday. Nothing else happened.")
    assert "protester" in _sentence_words(next(other.sents))


def test_dateline_end_follows_the_document_asked_about():
    with_dateline = nlp()(TEXT)
    without = nlp()("Militants attacked a police post in Bannu on Monday.")
    dash = next(t.i for t in with_dateline if t.text == "—")
    assert _dateline_end(with_dateline) == dash
    assert _dateline_end(without) == -1
    assert _dateline_end(with_dateline) == dash


def test_assault_count_is_per_sentence():
    doc = nlp()(TEXT)
    first, second, third = list(doc.sents)
    ex = extractor()
    assert _count_assault_groups(first, ex) == 1
    assert _count_assault_groups(second, ex) == 2
    assert _count_assault_groups(third, ex) == 0
    assert _count_assault_groups(first, ex) == 1
