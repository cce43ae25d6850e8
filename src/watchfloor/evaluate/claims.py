"""Claim extraction against the hand-made gold (`gold/…/claims.jsonl`, docs/gold-format.md).

`evaluate_claims(gold_dir, pipeline=…, split="dev")` runs the pipeline over the gold
documents and reports:

* claim precision / recall / F1 — a predicted claim matches a gold claim when both are in
  the same document, their sentences contain one another (whitespace-normalised) and the
  speaker ids agree (a gold `"?:name"` speaker — an actor outside docs/ids.md — matches an
  unresolved or provisional speaker, or one whose id or text is that name);
* the same with sentence-only matching (speaker ignored), which separates "found the claim"
  from "found its speaker";
* stance and hedge accuracy over matched claims;
* proposition grouping pairwise F1 — over pairs of gold claims, "same proposition" in the
  gold vs in the prediction (through the matched predicted claim), plus polarity accuracy;
* `oracle`: the proposition matcher alone, run on the gold claims' own content.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from watchfloor.evaluate.gold import GoldDocument, known_as, load_documents, load_rows, read_texts
from watchfloor.evaluate.scores import prf, ratio
from watchfloor.records import ClaimRecord


def _norm(text: str) -> str:
    return " ".join(
        text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").split()
    ).lower()


def load_gold(
    gold_dir: str | Path, split: str | None = None, corpus_dir: str | Path | None = None
) -> tuple[list[GoldDocument], list[dict]]:
    """(documents, claims) from every batch folder under `gold_dir` (or `gold_dir` itself)."""
    documents = load_documents(gold_dir, split, corpus_dir)
    return documents, load_rows(documents, "claims.jsonl")


def _speaker_id(claim: ClaimRecord) -> str | None:
    return claim.speaker.id if claim.speaker is not None else None


def _speaker_match(gold: str | None, pred: str | None, pred_text: str = "") -> bool:
    if gold is None:
        return pred is None
    if gold.startswith("?:"):
        # The annotator marks an actor outside docs/ids.md; the system may leave it
        # unresolved, make it provisional, or know it under its own id — all agree when
        # the names do.
        if pred is None or pred.startswith(("?", "prov:")):
            return True
        surface = _norm(gold[2:])
        return (
            _norm(pred.replace("-", " ")) in surface
            or (bool(pred_text) and _norm(pred_text) in surface)
            or known_as(pred, gold[2:])
        )
    return gold == pred


def same_sentence(gold: str, pred: str) -> bool:
    """One sentence contains the other, ignoring case, spacing and curly quotes (a gold sentence
    may be cut at a dateline or carry a paragraph break the other lacks)."""
    g, p = _norm(gold), _norm(pred)
    return bool(g) and bool(p) and (g in p or p in g)


def _match(
    gold: list[dict], pred: list[ClaimRecord], *, use_speaker: bool
) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best = None
        for pi, p in enumerate(pred):
            if pi in used or not same_sentence(g["sentence"], p.sentence):
                continue
            if use_speaker and not _speaker_match(
                g.get("speaker"), _speaker_id(p), p.speaker.text if p.speaker else ""
            ):
                continue
            # Prefer the predicted claim whose cue is the gold cue.
            score = int(p.cue.lower().startswith(str(g.get("cue", "")).lower()[:4]))
            if best is None or score > best[0]:
                best = (score, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return {**prf(tp, n_pred, n_gold), "tp": tp, "pred": n_pred, "gold": n_gold}


def pairwise_f1(gold_labels: list[str | None], pred_labels: list[str | None]) -> dict[str, float]:
    """Pairwise F1 of two groupings of the same items (None = in no group)."""
    gold_pairs = {
        (i, j)
        for i, j in combinations(range(len(gold_labels)), 2)
        if gold_labels[i] and gold_labels[i] == gold_labels[j]
    }
    pred_pairs = {
        (i, j)
        for i, j in combinations(range(len(pred_labels)), 2)
        if pred_labels[i] and pred_labels[i] == pred_labels[j]
    }
    return _prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))


def evaluate_claims(
    gold_dir: str | Path,
    *,
    pipeline: Any,
    split: str | None = None,
    corpus_dir: str | Path | None = None,
    matcher: Any = None,
) -> dict[str, Any]:
    documents, gold_claims = load_gold(gold_dir, split, corpus_dir)
    texts = read_texts(documents)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for c in gold_claims:
        by_doc[c["external_id"]].append(c)

    totals = {"strict": [0, 0, 0], "sentence": [0, 0, 0]}
    stance_ok = hedge_ok = matched = 0
    prop_gold: list[str | None] = []
    prop_pred: list[str | None] = []
    polarity_ok = polarity_n = 0
    errors: list[dict[str, Any]] = []
    for d in documents:
        ext = d.external_id
        raw = texts[ext]
        analysis = pipeline.analyze(
            raw.text, published=raw.published or d.published, title=raw.title
        )
        pred = analysis.claims
        gold = by_doc.get(ext, [])
        for key, use_speaker in (("strict", True), ("sentence", False)):
            matches = _match(gold, pred, use_speaker=use_speaker)
            totals[key][0] += len(matches)
            totals[key][1] += len(pred)
            totals[key][2] += len(gold)
        pairs = dict(_match(gold, pred, use_speaker=True))
        for gi, g in enumerate(gold):
            pi = pairs.get(gi)
            prop_gold.append(g.get("proposition"))
            if pi is None:
                prop_pred.append(None)
                errors.append(
                    {
                        "doc": ext,
                        "kind": "missed",
                        "sentence": g["sentence"],
                        "speaker": g.get("speaker"),
                        "cue": g.get("cue"),
                    }
                )
                continue
            p = pred[pi]
            matched += 1
            stance_ok += p.stance == g.get("stance")
            hedge_ok += bool(p.hedged) == bool(g.get("hedged"))
            prop_pred.append(p.proposition_id)
            if g.get("proposition") and p.proposition_id == g.get("proposition"):
                polarity_n += 1
                polarity_ok += p.polarity == g.get("polarity")
            if (
                p.stance != g.get("stance")
                or bool(p.hedged) != bool(g.get("hedged"))
                or p.proposition_id != g.get("proposition")
                or (g.get("proposition") and p.polarity != g.get("polarity"))
            ):
                errors.append(
                    {
                        "doc": ext,
                        "kind": "attributes",
                        "sentence": g["sentence"],
                        "gold": {
                            k: g.get(k) for k in ("stance", "hedged", "proposition", "polarity")
                        },
                        "pred": {
                            "stance": p.stance,
                            "hedged": p.hedged,
                            "proposition": p.proposition_id,
                            "polarity": p.polarity,
                            "content": p.content,
                        },
                    }
                )
        for pi, p in enumerate(pred):
            if pi not in pairs.values():
                errors.append(
                    {
                        "doc": ext,
                        "kind": "spurious",
                        "sentence": p.sentence,
                        "speaker": _speaker_id(p) or (p.speaker.text if p.speaker else None),
                        "cue": p.cue,
                        "content": p.content,
                    }
                )

    result = {
        "split": split,
        "documents": len(documents),
        "claims": _prf(*totals["strict"]),
        "claims_sentence_only": _prf(*totals["sentence"]),
        "stance_accuracy": ratio(stance_ok, matched),
        "hedge_accuracy": ratio(hedge_ok, matched),
        "propositions": pairwise_f1(prop_gold, prop_pred),
        "polarity_accuracy": ratio(polarity_ok, polarity_n),
        "errors": errors,
    }
    result["propositions_oracle"] = oracle_propositions(gold_claims, matcher=matcher)
    return result


def oracle_propositions(gold_claims: Iterable[dict], *, matcher: Any = None) -> dict[str, Any]:
    """The proposition matcher alone, fed the gold claims' content, stance and cue."""
    if matcher is None:
        from watchfloor.analyze.propositions import PropositionMatcher

        matcher = PropositionMatcher.load()
    gold_claims = list(gold_claims)
    records = [
        ClaimRecord(
            sentence=g["sentence"],
            sentence_span=(0, 0),
            span=(0, 0),
            cue=g.get("cue") or "said",
            content=g.get("content") or g["sentence"],
            content_span=(0, 0),
            stance=g.get("stance", "assert"),
        )
        for g in gold_claims
    ]
    # One call per document, as the pipeline does: a pointer claim ("the allegation") may only
    # take the proposition of an earlier claim of its own article.
    by_doc: dict[str, list[ClaimRecord]] = defaultdict(list)
    for g, r in zip(gold_claims, records, strict=True):
        by_doc[g.get("external_id", "")].append(r)
    for doc_records in by_doc.values():
        matcher.assign(doc_records)
    gold = [g.get("proposition") for g in gold_claims]
    pred = [r.proposition_id for r in records]
    with_prop = [
        (g, r)
        for g, r in zip(gold_claims, records, strict=True)
        if g.get("proposition") and r.proposition_id == g.get("proposition")
    ]
    exact = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    return {
        **pairwise_f1(gold, pred),
        "label_accuracy": ratio(exact, len(gold)),
        "polarity_accuracy": ratio(
            sum(r.polarity == g.get("polarity") for g, r in with_prop), len(with_prop)
        ),
    }


def format_report(result: dict[str, Any], *, errors: bool = False) -> str:
    c, s, p, o = (
        result["claims"],
        result["claims_sentence_only"],
        result["propositions"],
        result["propositions_oracle"],
    )
    lines = [
        f"Claims — split {result['split'] or 'all'}, {result['documents']} documents",
        f"  claims (sentence+speaker)  P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  ({c['tp']} / pred {c['pred']} / gold {c['gold']})",
        f"  claims (sentence only)     P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}",
        f"  stance accuracy            {result['stance_accuracy']:.3f}",
        f"  hedge accuracy             {result['hedge_accuracy']:.3f}",
        f"  proposition pairwise       P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}",
        f"  polarity accuracy          {result['polarity_accuracy']:.3f}",
        f"  matcher on gold content    pairwise F1 {o['f1']:.3f}, label accuracy {o['label_accuracy']:.3f}, polarity {o['polarity_accuracy']:.3f}",
    ]
    if errors:
        for e in result["errors"]:
            lines.append("  - " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
