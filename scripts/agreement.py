"""Inter-annotator agreement: how far two hand annotations of the same articles agree.

    python scripts/agreement.py GOLD_A GOLD_B [--split dev] [--json]

GOLD_A and GOLD_B are gold directories in the exchange format (docs/gold-format.md) that cover
the same articles (matched by `external_id`; articles only one side annotated are left out).
The measures are the ones `watchfloor eval` applies to the system, with B in the system's
place, so the two can be read side by side: B scored against A gives the ceiling a coder can
be expected to reach against A when the guide leaves room for two careful readings.

* events: F1 over (sentence, type) pairs — B's row matches an unused A row of the same type
  whose sentence contains it or is contained in it; then, over matched pairs, how often actor,
  recipient, place, mode, factuality, date, fatalities and injured agree;
* claims: F1 over (sentence, speaker), stance and hedge agreement over matched claims, and
  proposition grouping pairwise F1 over A's claims.

F1 is symmetric, so the order of A and B changes only which side the per-attribute rates are
counted from.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from watchfloor.evaluate.claims import pairwise_f1, same_sentence
from watchfloor.evaluate.gold import load_documents, load_rows
from watchfloor.evaluate.scores import prf, ratio

EVENT_ATTRIBUTES = (
    "actor",
    "recipient",
    "place",
    "mode",
    "factuality",
    "date",
    "fatalities",
    "injured",
)


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _same_actor(a: str | None, b: str | None) -> bool:
    """Ids agree, or two `?:` descriptions share a content word (as the system's scorer allows)."""
    if a == b:
        return True
    if not (a and b and a.startswith("?:") and b.startswith("?:")):
        return False
    stop = {"the", "a", "an", "of", "in", "and"}
    return bool((set(_norm(a[2:]).split()) & set(_norm(b[2:]).split())) - stop)


def _by_document(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["external_id"]].append(row)
    return grouped


def _pairs(
    a_rows: list[dict[str, Any]], b_rows: list[dict[str, Any]], same: Any, who: str
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Greedy one-to-one matching in A's order: each A row takes the first unused B row that
    `same` accepts, preferring one whose `who` field (actor of an event, speaker of a claim)
    also agrees."""
    used: set[int] = set()
    pairs = []
    for a in a_rows:
        options = [(i, b) for i, b in enumerate(b_rows) if i not in used and same(a, b)]
        if not options:
            continue
        options.sort(key=lambda ib: -_same_actor(a.get(who), ib[1].get(who)))
        i, b = options[0]
        used.add(i)
        pairs.append((a, b))
    return pairs


def event_agreement(a_rows: list[dict[str, Any]], b_rows: list[dict[str, Any]]) -> dict[str, Any]:
    a_docs, b_docs = _by_document(a_rows), _by_document(b_rows)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, a_list in a_docs.items():
        pairs = _pairs(
            a_list,
            b_docs.get(doc, []),
            lambda a, b: a["type"] == b["type"] and same_sentence(a["sentence"], b["sentence"]),
            "actor",
        )
        matched += pairs
        for a, _ in pairs:
            per_type[a["type"]]["tp"] += 1
        for a in a_list:
            per_type[a["type"]]["a"] += 1
        for b in b_docs.get(doc, []):
            per_type[b["type"]]["b"] += 1
    n_a, n_b = len(a_rows), len(b_rows)
    agree: dict[str, float] = {}
    for key in EVENT_ATTRIBUTES:
        if key in ("actor", "recipient"):
            ok = sum(_same_actor(a.get(key), b.get(key)) for a, b in matched)
        elif key == "place":
            ok = sum(_norm(a.get(key)) == _norm(b.get(key)) for a, b in matched)
        else:
            ok = sum(a.get(key) == b.get(key) for a, b in matched)
        agree[key] = ratio(ok, len(matched))
    return {
        **prf(len(matched), n_b, n_a),
        "rows_a": n_a,
        "rows_b": n_b,
        "matched": len(matched),
        "agreement": agree,
        "per_type_f1": {t: prf(c["tp"], c["b"], c["a"])["f1"] for t, c in sorted(per_type.items())},
    }


def claim_agreement(a_rows: list[dict[str, Any]], b_rows: list[dict[str, Any]]) -> dict[str, Any]:
    a_docs, b_docs = _by_document(a_rows), _by_document(b_rows)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    sentence_only = 0
    for doc, a_list in a_docs.items():
        b_list = b_docs.get(doc, [])
        sentence_only += len(
            _pairs(
                a_list, b_list, lambda a, b: same_sentence(a["sentence"], b["sentence"]), "speaker"
            )
        )
        matched += _pairs(
            a_list,
            b_list,
            lambda a, b: (
                same_sentence(a["sentence"], b["sentence"])
                and _same_actor(a.get("speaker"), b.get("speaker"))
            ),
            "speaker",
        )
    partner = {id(a): b for a, b in matched}
    props_a = [a.get("proposition") for a in a_rows]
    props_b = [partner[id(a)].get("proposition") if id(a) in partner else None for a in a_rows]
    return {
        **prf(len(matched), len(b_rows), len(a_rows)),
        "sentence_only_f1": prf(sentence_only, len(b_rows), len(a_rows))["f1"],
        "rows_a": len(a_rows),
        "rows_b": len(b_rows),
        "stance": ratio(sum(a.get("stance") == b.get("stance") for a, b in matched), len(matched)),
        "hedged": ratio(
            sum(bool(a.get("hedged")) == bool(b.get("hedged")) for a, b in matched), len(matched)
        ),
        "propositions": pairwise_f1(props_a, props_b),
    }


def agreement(gold_a: Path, gold_b: Path, split: str | None = None) -> dict[str, Any]:
    docs_a = load_documents(gold_a, split)
    docs_b = load_documents(gold_b, split)
    shared = {d.external_id for d in docs_a} & {d.external_id for d in docs_b}
    docs_a = [d for d in docs_a if d.external_id in shared]
    docs_b = [d for d in docs_b if d.external_id in shared]
    return {
        "documents": len(shared),
        "events": event_agreement(
            load_rows(docs_a, "events.jsonl"), load_rows(docs_b, "events.jsonl")
        ),
        "claims": claim_agreement(
            load_rows(docs_a, "claims.jsonl"), load_rows(docs_b, "claims.jsonl")
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path)
    parser.add_argument("gold_b", type=Path)
    parser.add_argument("--split", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = agreement(args.gold_a, args.gold_b, args.split)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    ev, cl = result["events"], result["claims"]
    print(f"{result['documents']} articles annotated by both")
    print(
        f"events  F1 {ev['f1']:.3f} (P {ev['precision']:.3f} R {ev['recall']:.3f}; "
        f"{ev['matched']} matched of {ev['rows_a']} / {ev['rows_b']} rows)"
    )
    print("        " + ", ".join(f"{k} {v:.2f}" for k, v in ev["agreement"].items()))
    print(
        f"claims  F1 {cl['f1']:.3f} (sentence only {cl['sentence_only_f1']:.3f}); stance "
        f"{cl['stance']:.2f}, hedged {cl['hedged']:.2f}, proposition pairwise F1 "
        f"{cl['propositions']['f1']:.3f}"
    )


if __name__ == "__main__":
    main()
