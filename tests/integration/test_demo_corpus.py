"""The bundled demo corpus reads cleanly and its gold annotation points into the stored text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from watchfloor.ingest import InputError, clean_text, read_inputs

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "src" / "watchfloor" / "demo" / "corpus"
GOLD = ROOT / "gold" / "demo"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _corpus() -> dict[str, str]:
    docs = {}
    for item in read_inputs([str(CORPUS)]):
        assert not isinstance(item, InputError), str(item)
        docs[item.external_id] = clean_text(item.text)
    return docs


def test_corpus_is_large_and_in_every_input_format():
    items = [i for i in read_inputs([str(CORPUS)]) if not isinstance(i, InputError)]
    assert len(items) >= 40
    suffixes = {Path(re.split(r"[:\[]", i.origin)[0]).suffix for i in items}
    assert {".txt", ".md", ".html", ".rss", ".jsonl", ".csv"} <= suffixes


def test_every_gold_sentence_is_in_its_document():
    docs = _corpus()
    documents = [json.loads(line) for f in GOLD.glob("*/documents.jsonl") for line in f.open()]
    assert {d["external_id"] for d in documents} == set(docs)
    splits = [d["split"] for d in documents]
    assert splits.count("heldout") >= len(splits) // 4
    for kind in ("events", "claims"):
        for f in GOLD.glob(f"*/{kind}.jsonl"):
            for n, line in enumerate(f.open(), 1):
                gold = json.loads(line)
                assert _norm(gold["sentence"]) in _norm(docs[gold["external_id"]]), f"{f}:{n}"


def test_near_duplicates_are_detected():
    from watchfloor.ingest import NearDuplicateIndex

    docs = _corpus()
    documents = [json.loads(line) for f in GOLD.glob("*/documents.jsonl") for line in f.open()]
    expected = {d["external_id"]: d["duplicate_of"] for d in documents if d.get("duplicate_of")}
    assert len(expected) >= 3
    index = NearDuplicateIndex()
    originals = [k for k in docs if k not in expected]
    for key in originals:
        index.add(key, index.signature(docs[key]))
    for copy, original in expected.items():
        assert index.query(index.signature(docs[copy])) == original, copy
