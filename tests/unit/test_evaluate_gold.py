"""The gold loader: batch folders, splits, and which corpus a batch's articles come from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluate.gold import (
    demo_corpus,
    gold_parts,
    load_documents,
    load_rows,
    read_jsonl,
    read_texts,
)

ARTICLE = """---
title: "Border crossing shut after clash"
published: 2026-03-02
illustrative: true
---

Officials closed the crossing on Monday after guards exchanged fire.
"""


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _batch(root: Path, name: str, split: str) -> None:
    ext = f"{name}.txt"
    _write_jsonl(
        root / name / "documents.jsonl",
        [{"external_id": ext, "file": ext, "split": split, "published": "2026-03-02"}],
    )
    _write_jsonl(root / name / "claims.jsonl", [{"external_id": ext, "sentence": "x"}])
    (root / "corpus").mkdir(parents=True, exist_ok=True)
    (root / "corpus" / ext).write_text(ARTICLE, encoding="utf-8")


def test_batches_read_their_own_corpus_and_filter_by_split(tmp_path: Path) -> None:
    _batch(tmp_path, "part1", "dev")
    _batch(tmp_path, "part2", "heldout")
    assert [p.name for p in gold_parts(tmp_path)] == ["part1", "part2"]

    dev = load_documents(tmp_path, "dev")
    assert [d.external_id for d in dev] == ["part1.txt"]
    assert dev[0].corpus == tmp_path / "corpus"
    # "tune" is the PLOVER name for the same part
    assert [d.external_id for d in load_documents(tmp_path, "tune")] == ["part1.txt"]
    assert len(load_documents(tmp_path)) == 2
    assert [r["external_id"] for r in load_rows(dev, "claims.jsonl")] == ["part1.txt"]

    texts = read_texts(dev)
    assert "guards exchanged fire" in texts["part1.txt"].text


def test_a_batch_without_corpus_reads_the_demo_corpus(tmp_path: Path) -> None:
    name = sorted(p.name for p in demo_corpus().glob("*.txt"))[0]
    _write_jsonl(
        tmp_path / "documents.jsonl",
        [{"external_id": name, "file": name, "split": "dev"}],
    )
    docs = load_documents(tmp_path)
    assert docs[0].corpus == demo_corpus()
    assert read_texts(docs)[name].text


def test_missing_article_and_bad_line_are_named(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "documents.jsonl", [{"external_id": "nope.txt", "file": "nope.txt"}])
    (tmp_path / "corpus").mkdir()
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"):
        read_texts(load_documents(tmp_path))

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ok": 1}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_jsonl(bad)
