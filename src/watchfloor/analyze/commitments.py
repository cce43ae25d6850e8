"""Commitments: pledges, agreements' clauses, edicts — and demands for them.

`extract_commitments(linked, claims, events)` finds, sentence by sentence:

* pledge verbs ("the Taliban pledged to hand over…", "Kabul assured Islamabad that…");
* commitment nouns with an owner ("Akhundzada issued an edict forbidding…", "the ceasefire
  agreed in Doha"), whose governing verb can also change the status ("violated the
  ceasefire" → broken, "implemented the agreement" → fulfilled);
* demands ("Pakistan urged the Taliban to…", "Islamabad demanded verifiable action").

`group_commitments` clusters later mentions of the same commitment (embeddings of the
content, never across two different committing actors) and `derive_status_history` turns a
group into the dated status history the exchange format carries. Cue words live in
`extract/data/commitments.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import yaml

from watchfloor.records import ActorRef, ClaimRecord, EventRecord, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from watchfloor.kb.linked import LinkedDoc

DATA_PATH = Path(__file__).resolve().parent.parent / "extract" / "data" / "commitments.yaml"
STATUSES = ("made", "reaffirmed", "demanded", "disputed", "broken", "fulfilled")
EXTRACTOR = "watchfloor.commitments"
VERSION = "0.1.0"


class CommitmentCueError(ValueError):
    """The commitments cue file is missing a section or has a wrong type."""


@dataclass
class CommitmentRecord:
    actor: ActorRef | None  # who is committed (or asked to commit)
    beneficiary: ActorRef | None  # to whom; for a demand, the demander
    content: str
    span: Span  # the content's span in the document
    sentence: str
    date: str | None
    status: str
    confidence: float = 0.5
    extractor: str = ""
    cue: str = ""
    cue_span: Span | None = None
    sentence_span: Span | None = None
    claim_indexes: list[int] = field(default_factory=list)  # into the `claims` given
    event_indexes: list[int] = field(default_factory=list)  # into the `events` given
    evidence: list[str] = field(default_factory=list)  # claim/event ids, filled by the store


@dataclass
class _Cues:
    version: str
    pledge_verbs: dict[str, str]
    pledge_nouns: set[str]
    demand_verbs: set[str]
    demand_nouns: set[str]
    broken_verbs: set[str]
    fulfilled_verbs: set[str]
    disputed_verbs: set[str]
    reaffirm_verbs: set[str]
    reaffirm_adverbs: set[str]


_CACHE: dict[str, _Cues] = {}


def load_cues(path: str | Path | None = None) -> _Cues:
    key = str(path or DATA_PATH)
    if key in _CACHE:
        return _CACHE[key]
    try:
        raw = yaml.safe_load(Path(key).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CommitmentCueError(f"{key}: cannot read commitment cues: {exc}") from exc
    if not isinstance(raw, dict):
        raise CommitmentCueError(f"{key}: expected a mapping at the top level")
    verbs = raw.get("pledge_verbs")
    if not isinstance(verbs, dict) or any(v not in STATUSES for v in verbs.values()):
        raise CommitmentCueError(f"{key}: 'pledge_verbs' maps lemmas to one of {STATUSES}")

    def words(name: str) -> set[str]:
        value = raw.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CommitmentCueError(f"{key}: '{name}' must be a list of words")
        return {v.lower() for v in value}

    cues = _Cues(
        version=str(raw.get("version", "0")),
        pledge_verbs={k.lower(): v for k, v in verbs.items()},
        pledge_nouns=words("pledge_nouns"),
        demand_verbs=words("demand_verbs"),
        demand_nouns=words("demand_nouns"),
        broken_verbs=words("broken_verbs"),
        fulfilled_verbs=words("fulfilled_verbs"),
        disputed_verbs=words("disputed_verbs"),
        reaffirm_verbs=words("reaffirm_verbs"),
        reaffirm_adverbs=words("reaffirm_adverbs"),
    )
    _CACHE[key] = cues
    return cues


def _subject(tok: Token) -> Token | None:
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (t is tok.head and c is tok):
                return c
        if t.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or t.head is t:
            break
    return None


def _actor(linked: LinkedDoc, tok: Token | None) -> ActorRef | None:
    if tok is None:
        return None
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    inside = linked.actor_mentions_in(lo, hi)
    if not inside:
        return (
            ActorRef(id=None, name=None, text=tok.text) if tok.pos_ in ("PROPN", "NOUN") else None
        )
    for m in inside:
        if m.start <= tok.idx < m.end:
            return linked.actor_ref(m)
    return linked.actor_ref(inside[0])


def _range(doc: Any, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    return lo, hi


def _beneficiary(
    linked: LinkedDoc, tok: Token, skip: Token | None, *, objects: bool = True
) -> ActorRef | None:
    for c in tok.children:
        if c is skip:
            continue
        if objects and c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN"):
            ref = _actor(linked, c)
            if ref and ref.id:
                return ref
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "for"):
            pobj = next((d for d in c.children if d.dep_ == "pobj"), None)
            ref = _actor(linked, pobj)
            if ref and ref.id:
                return ref
    return None


def extract_commitments(
    linked: LinkedDoc,
    claims: list[ClaimRecord] | None = None,
    events: list[EventRecord] | None = None,
    *,
    cues_path: str | Path | None = None,
) -> list[CommitmentRecord]:
    cues = load_cues(cues_path)
    claims = claims or []
    events = events or []
    doc = linked.doc
    published = linked.published.isoformat() if isinstance(linked.published, date) else None
    out: list[CommitmentRecord] = []
    for sent in doc.sents:
        covered: list[tuple[int, int]] = []
        for tok in sent:
            record = _from_token(linked, sent, tok, cues, covered)
            if record is None:
                continue
            lo, hi = record.span
            record.date = _date_for(sent, events) or published
            record.claim_indexes = [
                i
                for i, c in enumerate(claims)
                if c.sentence_span == (sent.start_char, sent.end_char)
            ]
            record.event_indexes = [
                i
                for i, e in enumerate(events)
                if e.sentence_span == (sent.start_char, sent.end_char)
            ]
            out.append(record)
    return out


def _date_for(sent: SpacySpan, events: list[EventRecord]) -> str | None:
    for e in events:
        if e.sentence_span == (sent.start_char, sent.end_char) and e.date:
            return e.date
    return None


def _from_token(
    linked: LinkedDoc, sent: SpacySpan, tok: Token, cues: _Cues, covered: list[tuple[int, int]]
) -> CommitmentRecord | None:
    doc = linked.doc
    lemma = tok.lemma_.lower()
    if any(lo <= tok.i < hi for lo, hi in covered):
        return None
    status: str | None = None
    actor_tok: Token | None = None
    beneficiary: ActorRef | None = None
    content: tuple[int, int] | None = None
    confidence = 0.7
    if tok.pos_ == "VERB" and lemma in cues.pledge_verbs:
        status = cues.pledge_verbs[lemma]
        actor_tok = _subject(tok)
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        if comp is None:
            comp = next(
                (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on")), None
            )
        if comp is None:
            comp = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if comp is None:
            return None
        content = _range(doc, comp.left_edge.i, comp.right_edge.i + 1)
        if comp.dep_ == "prep":
            content = _range(doc, comp.i + 1, comp.right_edge.i + 1)
        beneficiary = _beneficiary(linked, tok, comp)
        if beneficiary is None and comp.pos_ == "VERB":
            beneficiary = _beneficiary(linked, comp, None, objects=False)
        if any(c.lower_ in cues.reaffirm_adverbs for c in tok.children):
            status = "reaffirmed"
    elif tok.pos_ == "VERB" and lemma in cues.demand_verbs:
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        target = next((c for c in tok.children if c.dep_ == "dobj"), None)
        prep = next(
            (c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for")),
            None,
        )
        if lemma == "call" and prep is None:
            return None
        if prep is not None and prep.lower_ == "on":
            target = next((d for d in prep.children if d.dep_ == "pobj"), target)
            comp = comp or next((d for d in prep.children if d.dep_ == "xcomp"), None)
        if comp is None and prep is not None and prep.lower_ == "for":
            comp = prep
        if comp is None and target is not None and target.pos_ == "NOUN":
            comp, target = target, None
        if comp is None:
            return None
        lo = comp.i + 1 if comp.dep_ == "prep" else comp.left_edge.i
        content = _range(doc, lo, comp.right_edge.i + 1)
        status = "demanded"
        beneficiary = _actor(linked, _subject(tok))
        actor_tok = target
        confidence = 0.65
    elif tok.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in cues.pledge_nouns | cues.demand_nouns:
        head = tok.head
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        head_lemma = head.lemma_.lower()
        status = "demanded" if lemma in cues.demand_nouns else "made"
        if head_lemma in cues.broken_verbs:
            status = "broken"
        elif head_lemma in cues.fulfilled_verbs:
            status = "fulfilled"
        elif head_lemma in cues.disputed_verbs:
            status = "disputed"
        elif head_lemma in cues.reaffirm_verbs:
            status = "reaffirmed"
        elif head.dep_ == "pcomp" and head.lemma_.lower() in cues.broken_verbs:
            status = "broken"
        if tok.dep_ in ("dobj", "pobj", "nsubjpass") or head.pos_ == "VERB":
            verb = head if head.pos_ == "VERB" else head.head
            if status in ("broken", "fulfilled", "disputed") and verb.dep_ == "pcomp":
                # "accused the Taliban of violating the ceasefire": the accused is committed.
                accuse = verb.head.head
                actor_tok = next((c for c in accuse.children if c.dep_ == "dobj"), None)
                beneficiary = _actor(linked, _subject(accuse))
                confidence = 0.55
            else:
                actor_tok = owner or _subject(verb)
        else:
            actor_tok = owner
        if actor_tok is None and owner is None:
            return None
        content = _range(doc, tok.left_edge.i, tok.right_edge.i + 1)
        if status == "made" and not any(c.dep_ in ("acl", "relcl", "prep") for c in tok.children):
            confidence = 0.5
    else:
        return None
    if content is None or content[1] <= content[0]:
        return None
    covered.append(content)
    span = doc[content[0] : content[1]]
    return CommitmentRecord(
        actor=_actor(linked, actor_tok),
        beneficiary=beneficiary,
        content=span.text,
        span=(span.start_char, span.end_char),
        sentence=sent.text,
        date=None,
        status=status or "made",
        confidence=confidence,
        extractor=f"{EXTRACTOR}@{VERSION}+cues{cues.version}",
        cue=tok.text,
        cue_span=(tok.idx, tok.idx + len(tok.text)),
        sentence_span=(sent.start_char, sent.end_char),
    )


def group_commitments(
    records: list[CommitmentRecord], *, min_similarity: float = 0.6
) -> list[list[int]]:
    """Indexes of records that mention the same commitment, grouped (singletons included).

    Two records join only if their contents are similar (average-linkage over MiniLM
    embeddings, at least `min_similarity`) and their committing actors do not conflict
    (two different known actor ids never share a commitment).
    """
    if not records:
        return []
    from watchfloor.analyze.propositions import agglomerate
    from watchfloor.nlp.embeddings import embed

    vectors = embed([r.content for r in records])
    sim = (vectors @ vectors.T).astype(np.float64)
    ids = [r.actor.id if r.actor else None for r in records]
    for i in range(len(records)):
        for j in range(len(records)):
            if ids[i] and ids[j] and ids[i] != ids[j]:
                sim[i, j] = -np.inf
    return agglomerate(None, 1.0 - min_similarity, 1, similarity=sim)


def derive_status_history(mentions: list[CommitmentRecord]) -> list[dict[str, Any]]:
    """Dated status history of one commitment from its mentions (one group).

    Mentions are ordered by date (undated ones keep their order, after dated ones). A later
    "made" after the commitment already exists reads as "reaffirmed" — unless it is dated the
    same day as the step that made it: that is the same act told twice (a story that reports
    an agreement, then its spokesman confirming it), so it joins that step's evidence.
    Consecutive mentions with the same status and date merge, pooling their evidence.
    """
    order = sorted(
        range(len(mentions)),
        key=lambda i: (mentions[i].date is None, mentions[i].date or "", i),
    )
    history: list[dict[str, Any]] = []
    made_on: dict[str, Any] | None = None  # the step in which the commitment came to exist
    for i in order:
        m = mentions[i]
        status = m.status
        if status == "made" and made_on is not None:
            if m.date is not None and made_on["date"] == m.date:
                made_on["evidence"].extend(e for e in m.evidence if e not in made_on["evidence"])
                continue
            status = "reaffirmed"
        if history and history[-1]["status"] == status and history[-1]["date"] == m.date:
            history[-1]["evidence"].extend(
                e for e in m.evidence if e not in history[-1]["evidence"]
            )
            continue
        history.append({"status": status, "date": m.date, "evidence": list(m.evidence)})
        if status in ("made", "reaffirmed") and made_on is None:
            made_on = history[-1]
    return history


def current_status(history: list[dict[str, Any]]) -> str | None:
    """The latest status of a history (what the exchange format's `status` shows)."""
    return history[-1]["status"] if history else None
