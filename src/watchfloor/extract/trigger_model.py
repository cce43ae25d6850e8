"""Statistical typing of predicates the trigger lexicon does not know.

The lexicon (`events.yaml`) is precise but closed: a sentence whose main verb it lacks gets no
event at all. This module types such predicates with a small multinomial logistic regression
over the MiniLM embedding of a short *predicate phrase* — the verb's lemma with its negation,
particle, to-complement and object head ("lift ban", "storm police post", "agree resign") —
rather than of the whole sentence, because the phrase carries the event type while the
sentence mostly carries the topic. One class, NONE, stands for predicates that report no
event ("reach site", "take office").

The weights live in `data/trigger_model.json`, written by `scripts/train_event_triggers.py`
from the PLOVER gold-standard tune sentences and the dev halves of the gold batches (see that
file's `licence` field) only when it beats the rules in cross-batch transfer; until then the
file is absent and the extractor is rules only. Only sentences without any lexicon event are
embedded, a handful of short phrases per document, so the cost stays small next to parsing.

*Second events* (experimental, off unless the model file sets `second_threshold`): in a sentence
where the lexicon already coded an event, a coordinated or adverbial predicate it left untyped
("stormed the post and *seized* weapons", "…, then *torched* the vehicle") may be typed too, at
that stricter threshold and only with a type the sentence does not hold yet
(`second_predicates`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from watchfloor.extract.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.extract.triggers import Lexicon

MODEL_PATH = Path(__file__).parent / "data" / "trigger_model.json"
# Names another model file, so a candidate can be scored end to end (`watchfloor eval`) without
# overwriting the packaged one.
MODEL_ENV = "WATCHFLOOR_TRIGGER_MODEL"
NONE = "NONE"
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "nsubjpass")
_MOD_DEPS = ("compound", "amod")
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "xcomp", "advcl", "parataxis", "relcl", "pcomp")
_LIGHT = {"be", "have", "do", "get", "become", "seem", "appear"}


def model_path() -> Path:
    """The model file the extractor uses by default: `$WATCHFLOOR_TRIGGER_MODEL` or the packaged one."""
    named = os.environ.get(MODEL_ENV)
    return Path(named) if named else MODEL_PATH


def default_model(path: Path | None = None) -> TriggerModel | None:
    """The model at `path` (default `model_path()`), or None when that is the packaged file and
    none was shipped (the packaged model is optional; a file named in the environment must
    exist)."""
    path = path if path is not None else model_path()
    if path == MODEL_PATH and not path.exists():
        return None
    return TriggerModel.load(path)


class TriggerModelError(ValueError):
    """The model file is missing a field or has inconsistent shapes."""


def _object_words(tok: Token) -> list[str]:
    for c in tok.children:
        if c.dep_ in _OBJ_DEPS:
            mods = [lemma(m) for m in c.children if m.dep_ in _MOD_DEPS and m.i == c.i - 1]
            return [*mods, lemma(c)]
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return [c.lower_, lemma(pobj)]
    return []


def predicate_phrase(tok: Token) -> str:
    """ "lift ban", "not agree resign", "storm police post": the words that carry the type."""
    words: list[str] = []
    if any(c.dep_ == "neg" for c in tok.children):
        words.append("not")
    words.append(lemma(tok))
    words.extend(c.lower_ for c in tok.children if c.dep_ == "prt")
    last = tok
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            words.append(lemma(c))
            words.extend(p.lower_ for p in c.children if p.dep_ == "prt")
            last = c
            break
    words.extend(_object_words(last))
    return " ".join(words)


def predicates(sent: Span, lex: Lexicon) -> list[Token]:
    """Clause-heading verbs of a sentence, main clause first; reporting verbs excluded."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.dep_ not in _CLAUSE_DEPS:
            continue
        if lemma(tok) in lex.reporting_verbs or lemma(tok) in _LIGHT:
            continue
        if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and lemma(tok.head) not in _LIGHT:
            continue  # part of the governing verb's phrase ("agreed to resign")
        out.append(tok)
    return sorted(out, key=_depth)


# Clause relations that make a predicate a separate act beside a coded one (not its content).
_SECOND_DEPS = ("ROOT", "conj", "advcl", "parataxis")


def second_predicates(sent: Span, lex: Lexicon, skip: set[int], coded: list[Token]) -> list[Token]:
    """Predicates of an event-bearing sentence the lexicon left untyped that may report another
    act: coordinated, adverbial or paratactic clause heads (`_SECOND_DEPS`), not a token in
    `skip` (lexicon triggers, actor mentions), not a coded trigger nor inside the complement of
    one ("vowed to *retaliate*" is the vow's content)."""
    coded_i = {t.i for t in coded}
    out = []
    for tok in predicates(sent, lex):
        if tok.i in skip or tok.i in coded_i or tok.dep_ not in _SECOND_DEPS:
            continue
        if _under_complement(tok, coded_i):
            continue
        out.append(tok)
    return out


def _under_complement(tok: Token, coded: set[int]) -> bool:
    """Whether `tok` sits in a clausal complement of a coded trigger."""
    d = 0
    while tok.head.i != tok.i and d < 20:
        if tok.dep_ in ("ccomp", "xcomp", "csubj", "pcomp", "acl") and tok.head.i in coded:
            return True
        tok = tok.head
        d += 1
    return False


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 20:
        tok = tok.head
        d += 1
    return d


@dataclass
class TriggerModel:
    version: str
    classes: list[str]
    weights: np.ndarray  # (dim, classes)
    bias: np.ndarray  # (classes,)
    threshold: float  # minimum probability of the best event type
    margin: float  # minimum lead of that type over NONE
    rank_weight: float = 0.0  # confidence bonus per unit of probability when types compete
    # minimum probability for a second event in a sentence the lexicon coded; None: never
    second_threshold: float | None = None

    @classmethod
    def load(cls, path: str | Path | None = None) -> TriggerModel:
        path = Path(path) if path is not None else model_path()
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise TriggerModelError(f"{path}: cannot read the trigger model ({exc})") from exc
        for key in ("version", "classes", "weights", "bias", "threshold", "margin"):
            if key not in raw:
                raise TriggerModelError(f"{path}: missing field {key!r}")
        weights = np.asarray(raw["weights"], dtype=np.float32)
        bias = np.asarray(raw["bias"], dtype=np.float32)
        classes = list(raw["classes"])
        if weights.ndim != 2 or weights.shape[1] != len(classes) or bias.shape != (len(classes),):
            raise TriggerModelError(
                f"{path}: weights {weights.shape} / bias {bias.shape} do not fit {len(classes)} classes"
            )
        if NONE not in classes:
            raise TriggerModelError(f"{path}: the classes must include {NONE!r}")
        return cls(
            str(raw["version"]),
            classes,
            weights,
            bias,
            float(raw["threshold"]),
            float(raw["margin"]),
            float(raw.get("rank_weight", 0.0)),
            None if raw.get("second_threshold") is None else float(raw["second_threshold"]),
        )

    def second_predicates(
        self, sent: Span, lex: Lexicon, skip: set[int], coded: list[Token]
    ) -> list[Token]:
        """`second_predicates` when this model types second events, else none."""
        if self.second_threshold is None:
            return []
        return second_predicates(sent, lex, skip, coded)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        logits = features @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def type_probabilities(self, phrases: list[str]) -> list[dict[str, float]]:
        """Each phrase's probability of every class."""
        if not phrases:
            return []
        from watchfloor.nlp.embeddings import embed

        probs = self.probabilities(embed(phrases))
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in probs]

    def classify(
        self, phrases: list[str], threshold: float | None = None
    ) -> list[tuple[str, float]]:
        """The best event type of each phrase and its probability, or (NONE, p) if unsure
        (below `threshold`, by default the model's own, or within `margin` of NONE)."""
        if not phrases:
            return []
        threshold = self.threshold if threshold is None else threshold
        from watchfloor.nlp.embeddings import embed

        probs = self.probabilities(embed(phrases))
        none = self.classes.index(NONE)
        out = []
        for row in probs:
            order = np.argsort(-row)
            best = int(order[0]) if int(order[0]) != none else int(order[1])
            p = float(row[best])
            if p >= threshold and p - float(row[none]) >= self.margin:
                out.append((self.classes[best], p))
            else:
                out.append((NONE, float(row[none])))
        return out
