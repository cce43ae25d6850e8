"""Reading the hand-made gold (docs/gold-format.md): batch folders, their documents and texts.

A gold root holds one or more batch folders (any folder with a `documents.jsonl`). A batch's
articles are read from the nearest `corpus/` folder at or above the batch, up to the gold
root, and otherwise from the bundled demo corpus — so `gold/demo` annotates the demo corpus
and `gold/news` carries its own articles. The texts are read with the project's own ingest,
exactly as `watchfloor ingest` would see them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.records import RawDocument


def demo_corpus() -> Path:
    return Path(str(resources.files("watchfloor.demo").joinpath("corpus")))


@dataclass(frozen=True)
class GoldDocument:
    external_id: str
    file: str
    split: str
    published: str | None
    duplicate_of: str | None
    part: Path
    corpus: Path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSON Lines file ([] when it does not exist); a bad line names file and line."""
    if not path.exists():
        return []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
    return rows


def gold_parts(gold_dir: str | Path) -> list[Path]:
    root = Path(gold_dir)
    if (root / "documents.jsonl").exists():
        return [root]
    return sorted({p.parent for p in root.rglob("documents.jsonl")})


def _corpus_for(part: Path, root: Path, default: Path) -> Path:
    here = part
    while True:
        if (here / "corpus").is_dir():
            return here / "corpus"
        if here == root or here.parent == here:
            return default
        here = here.parent


def wanted_split(split: str | None) -> str | None:
    """`tune` is the name the PLOVER sentences use for what the article gold calls `dev`."""
    return {"tune": "dev"}.get(split or "", split) or None


def load_documents(
    gold_dir: str | Path, split: str | None = None, corpus_dir: str | Path | None = None
) -> list[GoldDocument]:
    """Every annotated document under `gold_dir` in `split` (None: all)."""
    root = Path(gold_dir)
    want = wanted_split(split)
    default = Path(corpus_dir) if corpus_dir else demo_corpus()
    docs = []
    for part in gold_parts(root):
        corpus = Path(corpus_dir) if corpus_dir else _corpus_for(part, root, default)
        for row in read_jsonl(part / "documents.jsonl"):
            doc = GoldDocument(
                external_id=row["external_id"],
                file=row["file"],
                split=row.get("split", "dev"),
                published=row.get("published"),
                duplicate_of=row.get("duplicate_of"),
                part=part,
                corpus=corpus,
            )
            if want is None or doc.split == want:
                docs.append(doc)
    return docs


def load_rows(documents: list[GoldDocument], name: str) -> list[dict[str, Any]]:
    """Rows of `<part>/<name>` (e.g. "claims.jsonl") that belong to `documents`."""
    keep = {(d.part, d.external_id) for d in documents}
    rows: list[dict[str, Any]] = []
    for part in sorted({d.part for d in documents}):
        rows.extend(r for r in read_jsonl(part / name) if (part, r["external_id"]) in keep)
    return rows


def read_texts(documents: list[GoldDocument]) -> dict[str, RawDocument]:
    """external_id → the document as ingest reads it; raises when an annotated one is missing."""
    from watchfloor.ingest import read_inputs

    by_file: dict[Path, list[str]] = {}
    for d in documents:
        by_file.setdefault(d.corpus / d.file, []).append(d.external_id)
    found: dict[str, RawDocument] = {}
    for path, ids in by_file.items():
        for item in read_inputs([str(path)]):
            if not isinstance(item, RawDocument):  # an InputError: reported below as missing
                continue
            if item.external_id in ids:
                found[item.external_id] = item
            elif len(ids) == 1 and Path(item.external_id).name == Path(ids[0]).name:
                found[ids[0]] = item
    missing = sorted({d.external_id for d in documents} - set(found))
    if missing:
        raise FileNotFoundError(f"gold documents not found in their corpus: {', '.join(missing)}")
    return found


def known_as(actor_id: str, name: str) -> bool:
    """Whether the curated actor `actor_id` goes by `name` (its name or one of its aliases). A
    gold `?:Name` is written for an actor the knowledge base lacked when the text was annotated;
    once the knowledge base learns that actor under that very name, linking to it is right."""
    from watchfloor.kb.actors import load_checked, normalize

    actor = load_checked().get(actor_id)
    if actor is None:
        return False
    wanted = normalize(name)
    return any(normalize(n) == wanted for n in (actor.name, *actor.aliases))
