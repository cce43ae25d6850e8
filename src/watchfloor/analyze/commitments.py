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

`apply_later_evidence` extends a history with what later events and claims imply — a ceasefire
broken by an attack between its parties, a hand-over fulfilled by arrests of militants, a pledge
disputed by a claim that it is not kept — by the rules in `analyze/data/commitment_rules.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import yaml

from watchfloor.nlp.pipeline import sentence_extent
from watchfloor.records import ActorRef, ClaimRecord, EventRecord, Span

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from watchfloor.kb.linked import LinkedDoc

DATA_PATH = Path(__file__).resolve().parent.parent / "extract" / "data" / "commitments.yaml"
STATUSES = ("made", "reaffirmed", "demanded", "disputed", "broken", "fulfilled")
EXTRACTOR = "watchfloor.commitments"
VERSION = "0.3.0"


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


def _read_yaml(key: str, error: type[Exception], what: str) -> Any:
    """A commitment data file's YAML; `error` names the file when it cannot be read."""
    try:
        return yaml.safe_load(Path(key).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{key}: cannot read commitment {what}: {exc}") from exc


def load_cues(path: str | Path | None = None) -> _Cues:
    key = str(path or DATA_PATH)
    if key in _CACHE:
        return _CACHE[key]
    raw = _read_yaml(key, CommitmentCueError, "cues")
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
            record.date = _date_for(record.sentence_span, events) or published
            record.claim_indexes = [
                i for i, c in enumerate(claims) if c.sentence_span == record.sentence_span
            ]
            record.event_indexes = [
                i for i, e in enumerate(events) if e.sentence_span == record.sentence_span
            ]
            out.append(record)
    return out


def _date_for(sentence_span: Span | None, events: list[EventRecord]) -> str | None:
    for e in events:
        if e.sentence_span == sentence_span and e.date:
            return e.date
    return None


_MANDATIVE_MODALS = frozenset({"should", "must", "shall"})
_NOBODY = frozenset({"neither", "nobody", "none", "no", "noone"})


def _negated(verb: Token) -> bool:
    """The verb is denied ("did not ask") or has nobody doing it ("neither is asking",
    "no government demanded")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (
        subject.lower_ in _NOBODY
        or any(c.dep_ == "det" and c.lower_ in _NOBODY for c in subject.children)
    )


def _dated(prep: Token) -> bool:
    """ "on Monday", "on October 19": when a pledge was made, not what it is."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _is_question(comp: Token) -> bool:
    return any(
        c.tag_ in ("WRB", "WP", "WDT") or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in comp.children
        if c.i < comp.i
    )


def _is_mandative(comp: Token) -> bool:
    """A clause in the mandative mood ("that Kabul hand over", "that the crossing be
    reopened", "that Pakistan should act"), as opposed to a statement of fact ("that no
    group was active", "that the group had been eliminated")."""
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MANDATIVE_MODALS for a in auxes):
        return True
    if any(a.tag_ in ("VBD", "VBZ", "MD") or (a.tag_ == "VBP" and a.lemma_ == "be") for a in auxes):
        return False
    if auxes:
        return auxes[0].tag_ == "VB"
    return comp.tag_ in ("VB", "VBP") and comp.lemma_ != "be"


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
        if actor_tok is not None and actor_tok.lemma_.lower() in cues.pledge_nouns:
            # "a ceasefire agreed in Doha…" misparsed as a clause: a pledge agrees to nothing;
            # the noun itself is the mention
            return None
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        if comp is None:
            comp = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in ("to", "on") and not _dated(c)
                ),
                None,
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
        if beneficiary is None and actor_tok is not None:
            # "Pakistan and Afghanistan agreed to a ceasefire": each side commits to the other
            partner = next((c for c in actor_tok.children if c.dep_ == "conj"), None)
            ref = _actor(linked, partner)
            beneficiary = ref if ref is not None and ref.id else None
        if any(c.lower_ in cues.reaffirm_adverbs for c in tok.children):
            status = "reaffirmed"
    elif tok.pos_ == "VERB" and lemma in cues.demand_verbs:
        if _negated(tok):
            return None  # "neither is asking Kabul for anything": no demand is made
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        target = next((c for c in tok.children if c.dep_ == "dobj"), None)
        prep = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for") and not _dated(c)
            ),
            None,
        )
        if lemma == "call" and (prep is None or target is not None):
            # "what they called 'silence' on…": naming, not calling on or for anything
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
        if comp.dep_ == "ccomp":
            # "insisted that the group had been eliminated", "asked why…": a report or a
            # question, not a demand; only the mandative ("demanded that Kabul hand over") is
            if _is_question(comp) or not _is_mandative(comp):
                return None
            # the one who must act is the clause's active subject ("that Kabul hand over"),
            # not the thing acted on ("that the crossing be reopened")
            target = target or next((c for c in comp.children if c.dep_ == "nsubj"), None)
        elif comp.dep_ == "xcomp" and target is None:
            # "asked not to be named", "wanted to know": the speaker's own wish, asked of nobody
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
                if actor_tok is not None and tok.left_edge.i <= actor_tok.i <= tok.right_edge.i:
                    # "a ceasefire agreed in Doha has held": the pledge is its own subject
                    # and names nobody who made it
                    actor_tok = owner
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
    actor = _actor(linked, actor_tok)
    if beneficiary is not None and actor is not None and beneficiary.id == actor.id:
        beneficiary = None  # a party does not pledge to itself: the parse found the wrong one
    sentence, sentence_span = sentence_extent(sent)
    return CommitmentRecord(
        actor=actor,
        beneficiary=beneficiary,
        content=span.text,
        span=(span.start_char, span.end_char),
        sentence=sentence,
        date=None,
        status=status or "made",
        confidence=confidence,
        extractor=f"{EXTRACTOR}@{VERSION}+cues{cues.version}",
        cue=tok.text,
        cue_span=(tok.idx, tok.idx + len(tok.text)),
        sentence_span=sentence_span,
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
    A demand for a pledge that already exists is a step marked `renewed`: pressing for a
    promise does not undo it, so it does not change the current status (`current_status`);
    only a claim that the pledge is not kept makes it "disputed".
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
        if status == "demanded" and made_on is not None:
            history[-1]["renewed"] = True
        if status in ("made", "reaffirmed") and made_on is None:
            made_on = history[-1]
    return history


def current_status(history: list[dict[str, Any]]) -> str | None:
    """The status a history ends in (what the exchange format's `status` shows): its latest
    step, passing over renewed demands for a pledge already made."""
    for step in reversed(history):
        if not step.get("renewed"):
            return str(step["status"])
    return history[-1]["status"] if history else None


# ---------------------------------------------------------------------------------------------
# Status from later evidence: events and claims that break, fulfil or dispute a commitment.

RULES_PATH = Path(__file__).resolve().parent / "data" / "commitment_rules.yaml"


class CommitmentRulesError(ValueError):
    """The commitment status rules file is malformed."""


@dataclass(frozen=True)
class LaterEvent:
    """An event as the status rules see it. `actors`/`recipients` hold the actor id and every
    actor it stands for (its parents, and for a state organ its country)."""

    id: str
    date: str | None
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    recipient_sectors: frozenset[str] = frozenset()
    factuality: str = "asserted"


@dataclass(frozen=True)
class LaterClaim:
    id: str
    date: str | None
    speakers: frozenset[str]  # the speaker id and the actors it stands for
    content: str
    stance: str = "assert"
    # `commitment_kinds(content)` under the rules the claim is weighed by, when the caller has
    # worked them out already (each claim is weighed against every commitment); None: worked
    # out when weighed
    kinds: frozenset[str] | None = None


@dataclass(frozen=True)
class EventStatusRule:
    kind: str
    status: str
    types: frozenset[str]
    parties: str  # "both-ways" | "committer"
    after: frozenset[str]
    recipient_sectors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StatusRules:
    version: str
    kinds: dict[str, tuple[Any, ...]]  # kind → compiled term patterns
    events: tuple[EventStatusRule, ...]
    claim_kinds: frozenset[str]
    not_kept: tuple[Any, ...]
    claim_after: frozenset[str]
    claim_status: str
    claim_min_similarity: float = 0.0
    not_kept_by_kind: dict[str, tuple[Any, ...]] = field(default_factory=dict)


_RULES: dict[str, StatusRules] = {}


def _terms(values: Any, where: str) -> tuple[Any, ...]:
    import re

    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise CommitmentRulesError(f"{where} must be a list of terms")
    # a term matches at a word start so that a stem ("violat") finds every inflection while a
    # short term does not fire inside an unrelated longer word; "*" stands for one word
    return tuple(
        re.compile(r"(?<![\w-])" + re.escape(v.lower()).replace(r"\*", r"[\w'-]+")) for v in values
    )


def load_status_rules(path: str | Path | None = None) -> StatusRules:
    import os

    key = str(path or os.environ.get("WATCHFLOOR_COMMITMENT_RULES") or RULES_PATH)
    if key in _RULES:
        return _RULES[key]
    raw = _read_yaml(key, CommitmentRulesError, "rules")
    if not isinstance(raw, dict) or not isinstance(raw.get("kinds"), dict):
        raise CommitmentRulesError(f"{key}: expected a mapping with 'kinds'")
    kinds = {str(k): _terms(v, f"{key}: kinds.{k}") for k, v in raw["kinds"].items()}

    def statuses(value: Any, where: str) -> frozenset[str]:
        if not isinstance(value, list) or any(v not in STATUSES for v in value):
            raise CommitmentRulesError(f"{where} must list statuses among {STATUSES}")
        return frozenset(value)

    events = []
    for i, entry in enumerate(raw.get("events") or []):
        where = f"{key}: events[{i}]"
        if entry.get("kind") not in kinds:
            raise CommitmentRulesError(f"{where}: unknown kind {entry.get('kind')!r}")
        if entry.get("status") not in STATUSES:
            raise CommitmentRulesError(f"{where}: status must be one of {STATUSES}")
        if entry.get("parties") not in ("both-ways", "committer"):
            raise CommitmentRulesError(f"{where}: parties must be 'both-ways' or 'committer'")
        events.append(
            EventStatusRule(
                kind=entry["kind"],
                status=entry["status"],
                types=frozenset(entry.get("types") or []),
                parties=entry["parties"],
                after=statuses(entry.get("after"), f"{where}.after"),
                recipient_sectors=frozenset(entry.get("recipient_sectors") or []),
            )
        )
    claims = raw.get("claims") or {}
    claim_kinds = frozenset(claims.get("kinds") or [])
    if claim_kinds - set(kinds) or set(claims.get("not_kept_by_kind") or {}) - claim_kinds:
        raise CommitmentRulesError(f"{key}: claims.kinds names unknown kinds")
    claim_status = claims.get("status", "disputed")
    if claim_status not in STATUSES:
        raise CommitmentRulesError(f"{key}: claims.status must be one of {STATUSES}")
    rules = StatusRules(
        version=str(raw.get("version", "0")),
        kinds=kinds,
        events=tuple(events),
        claim_kinds=claim_kinds,
        not_kept=_terms(claims.get("not_kept") or [], f"{key}: claims.not_kept"),
        claim_after=statuses(claims.get("after") or [], f"{key}: claims.after"),
        claim_status=claim_status,
        claim_min_similarity=float(claims.get("min_similarity", 0.0)),
        not_kept_by_kind={
            str(k): _terms(v, f"{key}: claims.not_kept_by_kind.{k}")
            for k, v in (claims.get("not_kept_by_kind") or {}).items()
        },
    )
    _RULES[key] = rules
    return rules


def has_term(text: str, patterns: tuple[Any, ...]) -> bool:
    """Whether any of the compiled term patterns occurs in `text` (lower-cased, spaces
    collapsed, as the rule file's terms are written)."""
    low = " ".join(text.lower().split())
    return any(p.search(low) for p in patterns)


def says_not_kept(text: str, kinds: set[str] | frozenset[str], rules: StatusRules) -> bool:
    """Whether `text` says a pledge is not kept, in the rules' general terms or in those they
    tie to one of `kinds`."""
    return has_term(text, rules.not_kept) or any(
        has_term(text, rules.not_kept_by_kind.get(k, ())) for k in kinds
    )


def commitment_kinds(content: str, rules: StatusRules | None = None) -> set[str]:
    """The kinds of pledge a commitment's content names (ceasefire, handover, …)."""
    rules = rules or load_status_rules()
    return {kind for kind, terms in rules.kinds.items() if has_term(content, terms)}


def _status_before(history: list[dict[str, Any]], day: str) -> str | None:
    """The status in force before `day`: the last step dated earlier (renewed demands and
    undated steps do not count)."""
    current = None
    for step in history:
        if step["date"] is not None and step["date"] < day and not step.get("renewed"):
            current = step["status"]
    return current


def _insert_step(history: list[dict[str, Any]], status: str, day: str, evidence: str) -> None:
    for step in history:
        if step["status"] == status and step["date"] == day:
            if evidence not in step["evidence"]:
                step["evidence"].append(evidence)
            return
    at = len(history)
    for i, step in enumerate(history):
        if step["date"] is None or step["date"] > day:
            at = i
            break
    history.insert(at, {"status": status, "date": day, "evidence": [evidence], "derived": True})


def _party(value: str | frozenset[str] | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    return frozenset({value}) if isinstance(value, str) else value


def apply_later_evidence(
    history: list[dict[str, Any]],
    *,
    actor: str | frozenset[str] | None,
    beneficiary: str | frozenset[str] | None,
    content: str,
    events: list[LaterEvent],
    claims: list[LaterClaim],
    rules: StatusRules | None = None,
    similarity: Callable[[str, str], float] | None = None,
) -> list[dict[str, Any]]:
    """The history extended with the steps later evidence implies (a new list).

    Each piece of evidence is weighed against the status in force the day before it: an attack
    between the parties breaks a ceasefire only once it was pledged, and only the first attack
    after each pledge or reaffirmation is a new step (later ones say nothing new). `actor` and
    `beneficiary` are an id or the set of ids a party stands for (a minister's pledge binds
    his government): an event side matches a party when their sets meet. A claim
    disputes the commitment only when it names the same kind of pledge, says it is not kept,
    and (given `similarity`) its content is close enough to the commitment's. Derived steps carry `derived: true` and the event or claim id as their evidence.
    """
    rules = rules or load_status_rules()
    kinds = commitment_kinds(content, rules)
    out = [dict(step, evidence=list(step["evidence"])) for step in history]
    committer, other = _party(actor), _party(beneficiary)
    if not kinds or not committer:
        return out
    candidates: list[tuple[str, str, str, frozenset[str]]] = []  # day, id, status, after
    for rule in rules.events:
        if rule.kind not in kinds:
            continue
        for e in events:
            if e.date is None or e.factuality != "asserted" or e.type not in rule.types:
                continue
            if rule.parties == "both-ways":
                if not other or committer & other:
                    continue
                if not (
                    (committer & e.actors and other & e.recipients)
                    or (other & e.actors and committer & e.recipients)
                ):
                    continue
            elif not committer & e.actors or other & e.recipients:
                continue
            if rule.recipient_sectors and not (rule.recipient_sectors & e.recipient_sectors):
                continue
            candidates.append((e.date, e.id, rule.status, rule.after))
    if kinds & rules.claim_kinds:
        for c in claims:
            if c.date is None or c.stance != "assert" or committer & c.speakers:
                continue
            named = c.kinds if c.kinds is not None else commitment_kinds(c.content, rules)
            shared = named & kinds & rules.claim_kinds
            if not shared or not says_not_kept(c.content, shared, rules):
                continue
            if similarity is not None and similarity(content, c.content) < (
                rules.claim_min_similarity
            ):
                continue
            candidates.append((c.date, c.id, rules.claim_status, rules.claim_after))
    for day, evidence, status, after in sorted(candidates):
        before = _status_before(out, day)
        if before in after:
            _insert_step(out, status, day, evidence)
    return out
