"""Train the proposition scorer (`src/watchfloor/analyze/data/proposition_model.json`).

    .venv/bin/python scripts/train_propositions.py [--gold gold/demo gold/news ...] [--dry-run]

Labelled examples are the hand-annotated claims of the **dev** documents of the gold folders
(default: gold/demo, news, fresh, fresh2 … fresh17, those that exist; `claims.jsonl`,
docs/gold-format.md): content, sentence, proposition (or none), polarity, stance. Heldout
documents are never read. Near-duplicate articles (`duplicate_of`) form one group, so an
article's syndicated copy never serves as its own example.

Hyper-parameters (L2 penalty, the "none" offset) are chosen on two honest signals, never on
the training fit (which is meaningless: every dev claim is its own example):

* leave-one-group-out cross-validation — each article group's claims are scored by a model
  trained on the other groups, whose examples are the only ones visible; the pooled
  out-of-group predictions give the proposition pairwise F1, label and polarity accuracy;
* cross-batch transfer — when more than one gold folder is given, a model trained on the
  other folders' dev claims scores each folder's (different articles, writers and
  annotators), which is closer to what unseen articles look like than any within-batch
  split: within a batch, an article's neighbours share its writer's wording.

The setting with the best mean of the LOGO F1 and the transfer F1s wins (ties: LOGO F1), so
the transfers, one per folder, outweigh the within-batch signal.
Both are printed and stored in the model file (`cv`). The final model is then fitted on
every dev claim. `--dry-run` only cross-validates; it is the number to optimise when the
propositions file changes. `--transfer-only` skips the leave-one-article-out folds (several
times faster) and chooses by the transfers alone; `--errors FILE` writes the transfers'
wrong predictions, the errors to read when choosing what to change.

The "document_support" feature (what a first pass says of the article's other claims) is
fitted in rounds (`fit_with_support`), in the cross-validation folds as in the final fit.

`--fit-only` skips the cross-validation and fits with the first `--l2` and `--offsets` value:
a model trained without one batch (`--gold` the sixteen others, `--out` elsewhere) then scores
that batch's articles end to end (`watchfloor eval claims`, the extracted claims, with the
model file in place of the packaged one) — the leave-one-set-out number that says how the
matcher groups the claims of articles it has never seen. The shipped model (session 22,
catalogue version 36) is the default run over all twenty-three dev halves (`--none-shift`, default
`NONE_SHIFT`, is added to the saved model's none offset; pass 0 for a leave-one-set-out model
whose offset is to be swept at scoring time):

    .venv/bin/python scripts/train_propositions.py --transfer-only --offsets 0

The output is deterministic for a given gold folder, propositions file and embedding model.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from watchfloor.analyze.propositions import (  # noqa: E402
    CONTEXT_SENTENCES,
    FEATURES,
    MODEL_PATH,
    Exemplar,
    PropositionMatcher,
    PropositionModel,
    article_texts,
    claim_vectors,
    document_contexts,
    document_support,
    fit_conditional_logit,
    softmax,
)
from watchfloor.evaluate.claims import pairwise_f1  # noqa: E402
from watchfloor.evaluate.gold import load_documents, read_jsonl  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402

# Every batch's dev half: leaving one batch out at a time (the transfers below) showed that
# adding batches never lowered the score on the batch left out. Session 8 left fresh5 out
# (alone it moved the grid to a stronger penalty that fitted older batches worse); in session
# 9, with fresh6 too, each of the six older batches is grouped better by a model trained on
# the other seven than on the other five (mean transfer pairwise F1 0.827 vs 0.818 at l2=0.3),
# so all eight are used. Session 9 round 2 added fresh7: trained with it, the eight older
# batches are grouped at least as well (mean transfer pairwise F1 at l2=0.3, none-offset 0.25:
# 0.865 vs 0.861 without it), so all nine are used. Session 10 added fresh8: with an early
# form of the "document_support" feature the nine older batches transferred as well with it
# as without it (mean 0.861 vs 0.862), and its examples are the newest wording. Session 11
# left fresh9 out: the ten older batches transfer no better with it (0.865 either way) and it
# turned "would answer any aggression from across its border" into an Afghan-soil claim;
# fresh9 and fresh10 stay honest checks of a model that never saw them. Session 12 added
# fresh9, fresh10 and fresh11 (their dev halves only): trained on the twelve other batches,
# the ten older ones transfer a little better than trained on the nine other older ones (mean
# pairwise F1 0.867 vs 0.865 at none-offset 0), and the three newest are the wordings the
# model grouped worst (fresh10 0.39, fresh11 0.65 left out) — the model needs their examples.
# Session 13 added fresh12 (dev half): it was the first batch no session had read, and left out
# it was grouped worst of all (transfer pairwise F1 0.30, 0.21 end to end), so its examples —
# Pakistan's own drone strikes, Iranian deportations — are the ones the model lacked most.
# Session 14 added fresh13 (dev half): left out it was grouped at 0.52 end to end (0.60 with
# catalogue version 21), the second-newest wording after fresh12.
# Session 15 added fresh14 (dev half): the newest wording, whose armed opposition written off
# ("a spent force") and deportation raids the model had no labelled example of.
# Session 16 added fresh15 (dev half): left out, its claims were grouped at 0.63 on gold claims
# (0.66 end to end), its India proxy war "from Afghan soil" and damage-only strike accounts
# the shapes the older batches labelled least.
# Session 17 added fresh16 (dev half): the seventeen older batches transfer better with it
# (mean pairwise F1 0.8193 -> 0.8216 at none-offset 0; fresh 0.92 -> 0.96, fresh8 0.92 -> 0.95,
# news 0.77 -> 0.76), and left out it was grouped at 0.67, the second-worst batch.
# Session 18 added fresh17 (dev half): left out, end to end, it was grouped at 0.58 with
# catalogue version 27 (0.75 with version 28), the ISKP regrouping and a denial covering "any
# other neighbour" the wordings no older batch labelled.
# Session 19 added fresh18 (dev half): left out, on gold claims it was grouped at 0.48
# (catalogue 30), the batch grouped worst: contact with controllers across the border, India
# "bankrolling" militants, ISKP that "still has" fighters were wordings no older batch labelled.
# Session 20 added fresh19 (dev half). Left out, end to end (extracted claims, `--fit-only`
# models trained on the twenty other dev halves), it was grouped at 0.707 with catalogue 32 and
# 0.749 with catalogue 30; over twenty-one such left-out scorings catalogue 32 averaged 0.758.
# Session 21 left fresh20 (dev half) out. Adding it lowered the batches left out: on gold claims
# the transfer mean of the twenty-one older batches fell 0.8229 -> 0.8203 (fresh10 0.58 -> 0.63,
# but fresh16 0.79 -> 0.73, fresh19 0.80 -> 0.76); end to end (`--fit-only` models without the
# batch scored, catalogue 34) fresh19 fell 0.749 -> 0.707 ("planned and directed by India" beside
# "handlers in Afghanistan" went to Afghan soil), fresh18 (0.377) and fresh16 (0.696) were
# unchanged. The shipped model is still the session-20 fit on the twenty-one older dev halves.
# Session 22 (catalogue 35, not retrained): on gold claims, each of the twenty-three dev halves
# scored by a model fitted on the other twenty-two (`--dry-run --transfer-only --offsets 0.7`),
# the transfer mean rose 0.8083 -> 0.8171 against catalogue 34 (fresh21 0.667 -> 0.763, fresh20
# 0.711 -> 0.775, fresh19 0.822 -> 0.867; demo 0.851 -> 0.850 and fresh18 0.443 -> 0.425, one
# shelter claim each). A paraphrase of strikes on TTP hideouts across the border drew strikes on
# camps (Afghan soil, guide §9) to the shelter and was withdrawn (fresh15 0.818 -> 0.762).
# Session 22 second pass (catalogue 36) adds fresh20 and fresh21: each of the twenty-three dev
# halves scored on gold claims by a model fitted on the other twenty-two transfers at a mean
# pairwise F1 of 0.8233 at none-offset 0 (0.8171 at 0.7); end to end the new fit raises the
# pooled dev pairwise F1 0.8864 -> 0.8952 (fresh17, fresh19, fresh2 up, no older set down;
# fresh20/fresh21 are in-sample there). The twenty-one older halves transfer better with the
# two added (mean 0.8234 -> 0.8289 at offset 0; fresh12 0.75 -> 0.83, fresh10 0.58 -> 0.63,
# fresh11 0.88 -> 0.91; fresh18 0.49 -> 0.45 and fresh8 0.95 -> 0.93 lower).
DEFAULT_GOLD = (
    "demo",
    "news",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
)
# Session 9 round 2: with fresh7 the grid's best mean (l2=1.0) fits the older batches' own dev
# claims worse (fresh3 pairwise 1.0 -> 0.90, below its quality floor) for a transfer mean only
# 0.004 higher than l2=0.3's, so the shipped model keeps l2=0.3. Session 11 (eleven batches,
# out-of-fold support): l2=1.0 at none-offset -0.25 transfers 0.864 vs 0.857, but the gain is
# three batches' (fresh4, fresh5, fresh7) while news, fresh2 and fresh9 lose, the best offset
# sits at the grid's edge and moves with every change; kept at 0.3. Session 13 (fourteen batches,
# transfer mean at offset 0: 0.7825) tried to abstain more on unseen wording, and every form of
# it transferred worse: l2=1.0 0.771, l2=3.0 0.754, none-offset 0.5 0.763 and 1.0 0.741,
# per-proposition biases (--bias-l2 1.0) 0.768. The spurious groupings of a new batch are not
# the matcher's unsure ones; they are confident matches on a proposition's topic.
# Session 13's second pass read the leave-one-set-out errors (end to end, fresh7-fresh12 each
# left out in turn) and found few shapes that recur across batches. A place test (the sentence
# names Pakistan's tribal districts and no Afghan place) is no sign of a state's own strikes:
# the military's accounts of strikes in Afghanistan name the Pakistani attack they answer, so
# it fired on labelled cross-border claims as often as on the others. An Afghan topic group
# for the Taliban's shelter (every labelled claim names one) moved one fresh10 claim the wrong
# way and lost (mean 0.519 vs 0.522 over fresh9-12); an article-wide "document_support" left
# out was mixed (fresh11 -0.05, fresh12 +0.05). What did transfer: "rights" alone is no
# women's-rights topic (a rights group's name): end to end, fresh10 0.628 -> 0.635 and the
# five other batches unchanged; on gold claims the transfer mean 0.7916 -> 0.7922 (fresh10
# 0.488 -> 0.500, fresh2 0.897 -> 0.892).
# Session 16 (seventeen batches, transfer mean 0.8144 at offset 0) tried to lean on the
# catalogue rather than on memorised examples, and neither form transferred better: ten times
# the penalty on the four example-similarity weights 0.8116 (fresh10 0.54 -> 0.50, fresh11
# 0.91 -> 0.87), the mean of the three closest examples instead of the closest one 0.8153
# (fresh13 0.65 -> 0.61: noise-sized, not kept).
# Session 17 (eighteen batches) read the transfers' errors across batches: a motive imputed to
# a deed ("shelled villages to hide its own security failures", null by the guide) was taken
# for Kabul's retort about blame. With catalogue version 26 the transfer mean at offset 0 is
# 0.8197 (0.8133 with version 25; demo 0.85 -> 0.87, fresh13 0.65 -> 0.67, news 0.76 -> 0.78,
# fresh 0.96 -> 0.92: one "no Afghan had been involved"). Over the offset grid (-0.25..0.5:
# 0.8188, 0.8197, 0.8218, 0.8156) 0.25 is 0.002 higher, but four batches gain (fresh10, fresh14,
# fresh16, fresh2) and four lose (fresh12 0.70 -> 0.63, demo, fresh11, news): offset 0 is kept.
# Catalogue version 27 (ISKP strength and reach as predicates, "abroad" alone no longer one):
# transfer mean 0.8207 -> 0.8219 (fresh13 0.69 -> 0.71, news 0.78 -> 0.80, fresh15 0.72 -> 0.72;
# fresh16 0.75 -> 0.73: "planned in hideouts abroad" now groups with the Afghan-soil claims).
# Dropping quotation marks before the keyword test (a predicate split by a quote) lost 0.003
# (fresh8: 'had "no link" to the blast' became a denial of Afghan soil): not kept.
L2_GRID = (0.3,)
OFFSET_GRID = (-0.25, 0.0, 0.25, 0.5)
# Added to the fitted "none" offset of the saved model. The fit's own none bias absorbs any
# offset used while fitting, and the fit sees only articles it was trained on, where "none"
# loses too often: scored end to end on a batch left out (session 18, catalogue 29, nine
# batches fresh9 … fresh17), +0.7 raised the mean pairwise F1 from .70 to .72, and -0.7 lowered it.
# Session 21 round 2 re-checked it leaving each of the twenty-two dev halves out (a model
# fitted on the other twenty-one, the extracted claims of the batch scored end to end): mean
# pairwise F1 at shift 0 / 0.25 / 0.5 / 0.7 was 0.748 / 0.748 / 0.741 / 0.744 (on gold claims
# 0.818 / 0.822 / 0.811 / 0.814); choosing the shift without the batch scored gave 0.740, nine
# batches lower than at 0.7 (fresh14 -0.09, fresh11 -0.06, fresh12 -0.06): kept at 0.7.
NONE_SHIFT = 0.7


def read_dev(gold: Path) -> list[Exemplar]:
    """Dev claims of every batch folder under `gold`, grouped by near-duplicate article."""
    documents = load_documents(gold, "dev")  # heldout documents are never read
    group = {
        (d.part, d.external_id): f"{d.part.name}/{d.duplicate_of or d.external_id}"
        for d in documents
    }
    out: list[Exemplar] = []
    for part in sorted({d.part for d in documents}):
        for c in read_jsonl(part / "claims.jsonl"):
            key = (part, c["external_id"])
            if key not in group:
                continue
            out.append(
                Exemplar(
                    content=c.get("content") or c["sentence"],
                    sentence=c["sentence"],
                    proposition=c.get("proposition"),
                    polarity=c.get("polarity"),
                    stance=c.get("stance", "assert"),
                    group=group[key],
                )
            )
    return out


def as_claim(e: Exemplar) -> ClaimRecord:
    return ClaimRecord(
        sentence=e.sentence,
        sentence_span=(0, 0),
        span=(0, 0),
        cue="said",
        content=e.content,
        content_span=(0, 0),
        stance=e.stance,
    )


def contexts_of(exemplars: list[Exemplar], limit: int | None = CONTEXT_SENTENCES) -> list[str]:
    """Each claim's earlier claim sentences in its article group (`document_contexts`; up to
    `limit`, None: all of them)."""
    out = [""] * len(exemplars)
    for g in dict.fromkeys(e.group for e in exemplars):
        members = [i for i, e in enumerate(exemplars) if e.group == g]
        for i, context in zip(
            members,
            document_contexts([as_claim(exemplars[i]) for i in members], limit),
            strict=True,
        ):
            out[i] = context
    return out


def labels_of(matcher: PropositionMatcher, exemplars: list[Exemplar]) -> np.ndarray:
    column = {p.id: i for i, p in enumerate(matcher.propositions)}
    none = len(matcher.propositions)
    return np.array([column.get(e.proposition, none) if e.proposition else none for e in exemplars])


# How many times the article's other claims are re-read with the last fit's weights.
SUPPORT_ROUNDS = 2
# How many folds of article groups give the training claims their out-of-fold first pass.
SUPPORT_FOLDS = 5
# The L2 penalty of the propositions' own biases (None: no biases).
BIAS_L2: float | None = None


def fit_with_support(
    matcher: PropositionMatcher,
    x: np.ndarray,
    y: np.ndarray,
    exemplars: list[Exemplar],
    *,
    l2: float | np.ndarray,
    none_offset: float = 0.0,
) -> np.ndarray:
    """Weights of the scorer, "document_support" included: that feature is what a first pass
    (the same weights, without it) says of the article's other claims, so it is fitted in
    rounds, each reading the other claims with the previous round's weights. `x` (features
    of `exemplars`, their own group's examples hidden) gets the last round's support.

    The first pass that feeds a claim's support is the one `decide` will run on an unseen
    article: weights fitted without that claim's article (out of fold, `SUPPORT_FOLDS` folds
    of article groups), with the none-offset added. Read in-sample, the first pass is surer
    of the training claims' labels than it ever is of a new article's, so the support weight
    was fitted on evidence better than it will get."""
    column = FEATURES.index("document_support")
    sentences = [e.sentence for e in exemplars]
    groups = [e.group for e in exemplars]
    pointers = [matcher.is_pointer(e.content) for e in exemplars]
    names = sorted(set(groups))
    # Deterministic folds of whole articles, spread over the batches by a stable hash.
    fold_of = {g: int(hashlib.sha256(g.encode()).hexdigest(), 16) % SUPPORT_FOLDS for g in names}
    fold = np.array([fold_of[g] for g in groups])
    folds = [k for k in range(SUPPORT_FOLDS) if (fold == k).any()]
    x[:, :, column] = 0.0
    base = x.copy()  # the features of a first pass: no support
    per_fold = {
        k: fit_conditional_logit(x[fold != k], y[fold != k], l2=l2) if len(folds) > 1 else None
        for k in folds
    }
    w = fit_conditional_logit(x, y, l2=l2)
    for _ in range(SUPPORT_ROUNDS):
        scores = np.empty(x.shape[:2])
        for k in folds:
            held = fold == k
            wk = per_fold[k] if per_fold[k] is not None else w
            scores[held] = base[held] @ wk
        scores[:, -1] += none_offset
        x[:, :, column] = document_support(softmax(scores), sentences, groups, pointers)
        per_fold = {
            k: fit_conditional_logit(x[fold != k], y[fold != k], l2=l2) if len(folds) > 1 else None
            for k in folds
        }
        w = fit_conditional_logit(x, y, l2=l2)
    return w


def with_biases(x: np.ndarray) -> np.ndarray:
    """`x` plus one indicator column per proposition (its option's own prior; "none" has
    none), so that `fit_conditional_logit` learns the propositions' biases after the shared
    weights."""
    n, options, _ = x.shape
    indicators = np.zeros((n, options, options - 1))
    indicators[:, np.arange(options - 1), np.arange(options - 1)] = 1.0
    return np.concatenate([x, indicators], axis=2)


def penalties(l2: float, options: int) -> np.ndarray:
    """Per weight L2 penalty: the shared weights', then the propositions' biases'."""
    return np.array([l2] * len(FEATURES) + [BIAS_L2] * (options - 1))


def split_weights(
    matcher: PropositionMatcher, w: np.ndarray
) -> tuple[np.ndarray, dict[str, float]]:
    """The shared weights and the propositions' biases of a fit on `with_biases` features."""
    f = len(FEATURES)
    if len(w) == f:
        return w, {}
    return w[:f], {p.id: float(b) for p, b in zip(matcher.propositions, w[f:], strict=True)}


def score(exemplars: list[Exemplar], decisions: list[tuple[str | None, str | None]]) -> dict:
    gold = [e.proposition for e in exemplars]
    pred = [d[0] for d in decisions]
    right = [
        (e, d)
        for e, d in zip(exemplars, decisions, strict=True)
        if e.proposition and d[0] == e.proposition
    ]
    pairs = pairwise_f1(gold, pred)
    return {
        "pairwise_f1": pairs["f1"],
        "pairwise_precision": pairs["precision"],
        "pairwise_recall": pairs["recall"],
        "label_accuracy": round(
            sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 4
        ),
        "polarity_accuracy": round(sum(e.polarity == d[1] for e, d in right) / len(right), 4)
        if right
        else 0.0,
    }


def cross_validate(
    matcher: PropositionMatcher,
    exemplars: list[Exemplar],
    cv: np.ndarray,
    sv: np.ndarray,
    *,
    l2: float,
    offsets: tuple[float, ...],
    folds: list[tuple[np.ndarray, np.ndarray]] | None = None,
    predictions: dict[float, list] | None = None,
) -> dict[float, dict]:
    """Out-of-fold predictions for each none-offset; pooled scores per offset over the
    claims that were tested. `folds` are (train, test) index arrays; default: leave one
    article group out."""
    groups = np.array([e.group for e in exemplars])
    claims = [as_claim(e) for e in exemplars]
    texts = [matcher.claim_text(c) for c in claims]
    sentences = [c.sentence for c in claims]
    contexts = contexts_of(exemplars)
    histories = contexts_of(exemplars, None)
    articles = article_texts(claims, [e.group for e in exemplars])
    y = labels_of(matcher, exemplars)
    if folds is None:
        folds = [
            (np.flatnonzero(groups != g), np.flatnonzero(groups == g)) for g in sorted(set(groups))
        ]
    pooled: dict[float, list] = defaultdict(lambda: [None] * len(exemplars))
    tested = np.zeros(len(exemplars), dtype=bool)
    for train, test in folds:
        tested[test] = True
        in_train = np.zeros(len(exemplars), dtype=bool)
        in_train[train] = True
        # Training features: each training claim sees neither its own group's examples nor
        # the test claims'; test claims see only the training claims'.
        allowed_train = (groups[None, :] != groups[train][:, None]) & in_train[None, :]
        x = matcher.features(
            cv[train],
            sv[train],
            [texts[i] for i in train],
            [sentences[i] for i in train],
            allowed=allowed_train,
            contexts=[contexts[i] for i in train],
            histories=[histories[i] for i in train],
            articles=[articles[i] for i in train],
        )
        allowed_test = np.broadcast_to(in_train[None, :], (len(test), len(groups)))
        if BIAS_L2 is not None:
            x = with_biases(x)
        for off in offsets:
            # The support is fitted with the first pass `decide` runs, offset included.
            fitted = fit_with_support(
                matcher,
                x.copy(),
                y[train],
                [exemplars[i] for i in train],
                l2=penalties(l2, x.shape[1]) if BIAS_L2 is not None else l2,
                none_offset=off,
            )
            w, biases = split_weights(matcher, fitted)
            test_claims = [claims[i] for i in test]
            decided = matcher.decide(
                test_claims,
                cv[test],
                sv[test],
                allowed=allowed_test,
                none_offset=off,
                weights=w,
                biases=biases,
                contexts=[contexts[i] for i in test],
                histories=[histories[i] for i in test],
                documents=[groups[i] for i in test],
            )
            for i, d in zip(test, decided, strict=True):
                pooled[off][i] = d
            # Pointers resolve within their own article: the test claims of a transfer fold
            # span many articles, and `as_claim` has no offsets to tell them apart.
            for g in dict.fromkeys(groups[test].tolist()):
                members = [i for i in test if groups[i] == g]
                resolved = matcher.resolve_pointers(
                    [claims[i] for i in members], [pooled[off][i] for i in members]
                )
                for i, d in zip(members, resolved, strict=True):
                    pooled[off][i] = d
    keep = np.flatnonzero(tested)
    if predictions is not None:
        for off in offsets:
            predictions.setdefault(off, [None] * len(exemplars))
            for i in keep:
                predictions[off][i] = pooled[off][i]
    return {
        off: score([exemplars[i] for i in keep], [pooled[off][i] for i in keep]) for off in offsets
    }


def batch_folds(batches: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """`A+B->C`: train on the other gold folders' dev claims, test on folder C's (needs two
    folders); `batches` names each claim's folder. Leaving a whole batch out — its articles,
    writers and annotators — is what a new source looks like to the matcher."""
    batch = np.array(batches)
    names = sorted(set(batch))
    if len(names) < 2:
        return {}
    return {
        f"{'+'.join(n for n in names if n != held)}->{held}": (
            np.flatnonzero(batch != held),
            np.flatnonzero(batch == held),
        )
        for held in names
    }


def main() -> None:
    global BIAS_L2
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=[g for g in (ROOT / "gold" / name for name in DEFAULT_GOLD) if g.exists()],
    )
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument(
        "--transfer-only",
        action="store_true",
        help="choose the none-offset by the leave-one-batch-out transfers alone (much faster: "
        "no leave-one-article-out folds)",
    )
    ap.add_argument(
        "--fit-only",
        action="store_true",
        help="no cross-validation: fit with the first --l2 and --offsets value (for models "
        "trained without one batch, to score that batch's articles end to end)",
    )
    ap.add_argument(
        "--errors",
        type=Path,
        help="write the leave-one-batch-out predictions that differ from the gold (JSON lines)",
    )
    ap.add_argument(
        "--l2", type=float, nargs="+", default=list(L2_GRID), help="L2 penalties to try"
    )
    ap.add_argument(
        "--offsets",
        type=float,
        nargs="+",
        default=list(OFFSET_GRID),
        help="none-offsets to try",
    )
    ap.add_argument(
        "--none-shift",
        type=float,
        default=NONE_SHIFT,
        help="added to the saved model's none offset (chosen by leave-one-set-out scoring)",
    )
    ap.add_argument(
        "--bias-l2",
        type=float,
        default=BIAS_L2,
        help="L2 penalty of the propositions' own biases (negative: no biases)",
    )
    args = ap.parse_args()
    BIAS_L2 = args.bias_l2 if args.bias_l2 is not None and args.bias_l2 >= 0 else None

    per_folder = [(gold.name, read_dev(gold)) for gold in args.gold]
    exemplars = [e for _, rows in per_folder for e in rows]
    batches = [name for name, rows in per_folder for _ in rows]
    if not exemplars:
        sys.exit(f"no dev claims under {', '.join(map(str, args.gold))}")
    matcher = PropositionMatcher.load(model=False)
    # The topic test is a pure function of its arguments and every fold repeats it on the
    # same claims: remembering it makes the grid search several times faster. (`features`
    # tests keywords inline, so there is nothing to remember for them.)
    matcher._meets_requirements = functools.lru_cache(maxsize=None)(  # type: ignore[method-assign]
        matcher._meets_requirements
    )
    # Exemplars are attached (without weights) so `features` can see them; CV hides groups.
    matcher.model = PropositionModel(weights=np.zeros(len(FEATURES)), exemplars=exemplars)
    cv, sv = claim_vectors([e.content for e in exemplars], [e.sentence for e in exemplars])
    matcher.model.content_vectors, matcher.model.sentence_vectors = cv, sv

    baseline = PropositionMatcher.load(model=False)
    base_claims = [as_claim(e) for e in exemplars]
    base = score(
        exemplars, baseline.resolve_pointers(base_claims, baseline.decide(base_claims, cv, sv))
    )
    print(f"{len(exemplars)} dev claims, {len({e.group for e in exemplars})} article groups")
    print(f"threshold matcher (no training)      {base}")

    transfers = batch_folds(batches)
    best: tuple[tuple[float, float], float, float, dict] | None = None
    if args.fit_only:
        best = ((0.0, 0.0), args.l2[0], args.offsets[0], {})
    for l2 in [] if args.fit_only else args.l2:
        results = (
            None
            if args.transfer_only
            else cross_validate(matcher, exemplars, cv, sv, l2=l2, offsets=tuple(args.offsets))
        )
        moved_predictions: dict[float, list] = {}
        moved = {
            name: cross_validate(
                matcher,
                exemplars,
                cv,
                sv,
                l2=l2,
                offsets=tuple(args.offsets),
                folds=[fold],
                predictions=moved_predictions,
            )
            for name, fold in transfers.items()
        }
        for off in args.offsets:
            transfer = {name: m[off]["pairwise_f1"] for name, m in moved.items()}
            r = results[off] if results is not None else {}
            mean = round(sum(transfer.values()) / max(len(transfer), 1), 4)
            short = {name.split("->")[1]: f for name, f in transfer.items()}
            print(f"l2={l2:<5} none_offset={off:+.2f}  LOGO {r}")
            print(f"    transfer mean {mean}  {short}")
            f1s = [*([r["pairwise_f1"]] if r else []), *transfer.values()]
            key = (round(sum(f1s) / len(f1s), 4), r.get("pairwise_f1", mean))
            if best is None or key > best[0]:
                best = (key, l2, off, {**r, "transfer_pairwise_f1": transfer})
                if args.errors and moved_predictions:
                    with args.errors.open("w", encoding="utf-8") as out:
                        for e, b, d in zip(exemplars, batches, moved_predictions[off], strict=True):
                            if d is not None and (d[0], d[1] if d[0] else None) != (
                                e.proposition,
                                e.polarity if e.proposition else None,
                            ):
                                row = {
                                    "batch": b,
                                    "group": e.group,
                                    "gold": [e.proposition, e.polarity],
                                    "pred": list(d),
                                    "content": e.content,
                                    "sentence": e.sentence,
                                }
                                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    assert best is not None
    _, l2, off, cv_scores = best
    print(f"chosen: l2={l2} none_offset={off}  CV {cv_scores}")

    groups = np.array([e.group for e in exemplars])
    allowed = groups[None, :] != groups[:, None]
    claims = [as_claim(e) for e in exemplars]
    x = matcher.features(
        cv,
        sv,
        [matcher.claim_text(c) for c in claims],
        [e.sentence for e in exemplars],
        allowed=allowed,
        contexts=contexts_of(exemplars),
        histories=contexts_of(exemplars, None),
        articles=article_texts(claims, [e.group for e in exemplars]),
    )
    if BIAS_L2 is not None:
        x = with_biases(x)
    weights, biases = split_weights(
        matcher,
        fit_with_support(
            matcher,
            x,
            labels_of(matcher, exemplars),
            exemplars,
            l2=penalties(l2, x.shape[1]) if BIAS_L2 is not None else l2,
            none_offset=off,
        ),
    )
    print("weights:", {f: round(float(w), 3) for f, w in zip(FEATURES, weights, strict=True)})
    print("biases:", {p: round(b, 3) for p, b in biases.items()})
    if args.dry_run:
        return
    digest = hashlib.sha256(
        json.dumps(
            [[e.content, e.sentence, e.proposition, e.polarity, e.stance] for e in exemplars]
        ).encode()
        + np.round(weights, 6).tobytes()
        + str(off).encode()
    ).hexdigest()[:10]
    model = PropositionModel(
        weights=weights,
        none_offset=off + args.none_shift,
        biases=biases,
        exemplars=exemplars,
        content_vectors=cv,
        sentence_vectors=sv,
        version=digest,
    )
    model.save(
        args.out,
        extra={
            "trained_on": f"{'+'.join(g.name for g in args.gold)} dev split, "
            f"{len(exemplars)} claims",
            "l2": l2,
            "cv": cv_scores,
        },
    )
    print(f"wrote {args.out} (version {digest})")


if __name__ == "__main__":
    main()
