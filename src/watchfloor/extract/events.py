"""PLOVER event coder: LinkedDoc → EventRecords.

Per sentence: find trigger candidates with the lexicon (`triggers.py`), merge candidates that
describe the same happening ("stormed ... killing four"), let embedding verbs absorb their
complements ("demanded that X release ..." is one REQUEST), recode statements of intent
("will support" → AGREE, "threatened to attack" → THREATEN), then fill in the arguments from the
dependency parse and the linker's mentions: actor, recipient, place, date, casualties,
factuality and the reporting source.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, TypeVar

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import long_before, resolve_date, starts_after
from watchfloor.extract.factuality import (
    _entities,
    classify_factuality,
    cues_version,
    denial_verbs,
    hedged_owners,
    hedges_passage,
    is_witness_source,
    planned_noun,
    with_clause_verb,
)
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.trigger_model import (
    MODEL_PATH,
    NONE,
    TriggerModel,
    default_model,
    model_path,
    predicate_phrase,
    predicates,
)
from watchfloor.extract.triggers import (
    Candidate,
    Lexicon,
    TriggerMatcher,
    has_to_marker,
    is_misparsed_verb,
    is_negated,
    lemma,
    load_lexicon,
    passive_subject,
    subject_of,
)
from watchfloor.kb.gazetteer import haversine_km, loose_key
from watchfloor.nlp.pipeline import sentence_extent
from watchfloor.records import (
    Actor,
    ActorMention,
    ActorRef,
    EventRecord,
    PlaceMention,
    PlaceRef,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from watchfloor.kb.linked import LinkedDoc

_RULES_VERSION = "14"
_RECIPIENT_PREPS = {
    "on",
    "against",
    "at",
    "with",
    "to",
    "into",
    "upon",
    "toward",
    "towards",
    "targeting",
    "from",
    "of",
}
_PLACE_PREPS = {
    "in",
    "at",
    "near",
    "on",
    "outside",
    "inside",
    "across",
    "into",
    "around",
    "from",
    "along",
    "within",
    "off",
    "through",
    "over",
    "to",
}
_PRONOUNS = {
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "them",
    "him",
    "her",
    "us",
    "who",
    "which",
    "that",
    "itself",
    "themselves",
}
_ENT_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
# Agreements each side makes to the other ("agreed to a ceasefire", "a truce agreed in Doha"):
# one AGREE row per direction (guide §1.3, joint / mutual acts).
_MUTUAL_AGREEMENTS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# Confidence lost per subordinate reporting/demand clause a trigger depends on.
_SIDE_REPORT_PENALTY = 0.1
# The model looks at the first few clause heads of a silent sentence (main clause first).
_MODEL_PREDICATES = 3
# A model-typed event ranks below any lexicon event of the same sentence.
_MODEL_CONF = 0.6


@dataclass
class _Group:
    members: list[Candidate]
    main: Candidate
    type: str
    mode: str | None = None
    conf: float = 0.5
    notes: list[str] = field(default_factory=list)
    factuality: str | None = None  # forced by an intent rule
    trigger_tokens: list[Token] | None = None  # overrides the main token (demand-by-statement)
    # an act noun with its own doer under another side's verb ("repelled an attack by the
    # TTP"): its arguments and casualties are the noun's own
    own_noun: bool = False


class _LazyVersion:
    """`EventExtractor.VERSION`, worked out on first reading (for each trigger model file), so
    that importing the module loads no model."""

    def __get__(self, obj: object, owner: type[EventExtractor]) -> str:
        return _class_version(model_path())


@cache
def _class_version(path: Path) -> str:
    return EventExtractor._version()


class EventExtractor:
    """Codes every event a sentence reports into PLOVER `EventRecord`s."""

    NAME = "watchfloor.events"
    RULES_VERSION = _RULES_VERSION

    def __init__(
        self,
        *,
        lexicon_path: str | Path | None = None,
        trigger_model: TriggerModel | str | Path | None = MODEL_PATH,
    ) -> None:
        self.lexicon: Lexicon = load_lexicon(lexicon_path)
        # None switches the statistical fallback off (rules only).
        if isinstance(trigger_model, (str, Path)):
            # The default path stands for the packaged model or `$WATCHFLOOR_TRIGGER_MODEL`.
            trigger_model = (
                default_model()
                if Path(trigger_model) == MODEL_PATH
                else TriggerModel.load(trigger_model)
            )
        self.trigger_model: TriggerModel | None = trigger_model
        self.recipient_cues: RecipientCues = load_cues()
        self._matcher: TriggerMatcher | None = None
        self._vocab: object | None = None
        # Verbs that report or demand: what sits in their complement is said, not done.
        self._speech_verbs = self.lexicon.reporting_verbs | frozenset(
            lemma_
            for entries in self.lexicon.entries.values()
            for e in entries
            if e.absorbs and e.type == "REQUEST"
            for lemma_ in e.lemmas
        )

    @classmethod
    def _version(cls) -> str:
        lex = load_lexicon()
        return _version_string(lex.version, load_cues().version, _model_version())

    # VERSION is a class attribute in the pipeline's contract; computed from the packaged files
    # (rules, lexicon, cue files and trigger model) when first read.
    VERSION = _LazyVersion()

    @property
    def version(self) -> str:
        tm = self.trigger_model.version if self.trigger_model is not None else None
        return _version_string(self.lexicon.version, self.recipient_cues.version, tm)

    def _matcher_for(self, vocab: object) -> TriggerMatcher:
        if self._matcher is None or self._vocab is not vocab:
            self._matcher = TriggerMatcher(self.lexicon, vocab)
            self._vocab = vocab
        return self._matcher

    # ------------------------------------------------------------------ public API

    def extract(self, linked: LinkedDoc) -> list[EventRecord]:
        doc = linked.doc
        matcher = self._matcher_for(doc.vocab)
        extractor = f"{self.NAME}@{self.version}"
        tok_actor = _token_index(
            doc, [m for m in linked.actor_mentions if not _in_dateline(doc, m)]
        )
        tok_place = _token_index(doc, linked.place_mentions)
        mention_tokens = set(tok_actor)
        events: list[EventRecord] = []
        seen_types: set[str] = set()
        planned: list[tuple[Span, list[_Group]]] = []
        unknown: list[tuple[int, Token]] = []  # (sentence number, predicate) for the model
        last_assault: int | None = None  # sentence number of the latest ASSAULT
        for sent in (piece for s in doc.sents for piece in _paragraph_pieces(s)):
            raw = matcher.candidates(sent, mention_tokens)
            raw_tokens = {r.token.i for r in raw}
            cands = [
                c
                for c in raw
                if not _is_casualty_nominal(c.token)
                and not _is_attributive_participle(c.token)
                and not _is_date_name(c.token)
                and not _is_failed_act(c.token)
                and not _is_word_part_or_capability(c.token)
                and not (c.type in _DESCRIBED_TYPES and _is_habitual_relative(c.token))
                and not (c.type == "ASSAULT" and _describes_victims(c.token, self.lexicon))
                and not (c.type == "ACCUSE" and _body_purpose(c.token))
                and not (c.type == "ACCUSE" and _questioned_in_custody(c.token))
                and not (c.type in seen_types and self._is_repeat_mention(c, tok_actor, raw_tokens))
            ]
            cands = _jailbreaks_as_assaults(cands)
            for c in cands:
                # read only for a noun after "after/since…" (`_is_backreference`)
                c.fresh = c.token.dep_ == "pobj" and _fresh_nominal(c)
            if not cands and last_assault is not None and len(planned) - last_assault <= 4:
                follow = _casualty_followup(sent)
                if follow is not None:
                    cands = [follow]
            groups = self._groups(sent, cands)
            if any(g.type == "ASSAULT" for g in groups):
                last_assault = len(planned)
            if not raw and self.trigger_model is not None:
                # Only sentences the lexicon says nothing about: where it fired, its decision
                # (including "this is a back-reference") stands.
                preds = predicates(sent, self.lexicon)[:_MODEL_PREDICATES]
                unknown.extend((len(planned), t) for t in preds if t.i not in mention_tokens)
            elif (
                groups
                and self.trigger_model is not None
                and self.trigger_model.second_threshold is not None
            ):
                # Second events (off unless the model sets `second_threshold`): a coordinated
                # or adverbial predicate the lexicon left untyped beside its event ("stormed
                # the post and seized weapons") may report another act.
                second = self.trigger_model.second_predicates(
                    sent,
                    self.lexicon,
                    raw_tokens | mention_tokens,
                    [c.token for g in groups for c in g.members],
                )[:_MODEL_PREDICATES]
                if second:
                    self._type_unknown([(sent, groups)], [(0, t) for t in second], second=True)
            planned.append((sent, groups))
            seen_types |= {g.type for g in groups}
        if unknown:
            self._type_unknown(planned, unknown)
        if self.trigger_model is not None and self.trigger_model.rank_weight:
            self._rank_competing(planned)
        for sent, groups in planned:
            for group in groups:
                events.extend(self._records(linked, sent, group, tok_actor, tok_place, extractor))
        _resolve_anaphors(events, linked, self.lexicon)
        self._implicit_recipients(events, linked, matcher)
        _charge_parties(events)
        for e in events:
            if (
                e.type == "AGREE"
                and getattr(e, "_mutual", None)
                and e.actor is None
                and e.recipient is None
                and e.factuality not in _UNREAL
            ):
                # "a ceasefire agreed in Doha", "before a truce was agreed": the article's two
                # countries other than a mediator, each binding itself to the other
                sides = _two_sides(linked, _mediators(e, linked, self.recipient_cues))
                if sides is not None:
                    e.actor, e.recipient = sides
                    e.notes.append("parties: a truce between the article's two countries")
        events = _mutual_rows(events, linked)
        _inherit_context(events, linked, self._dateline_place(linked, tok_place))
        events = _authorship_charges(events, linked)
        events.extend(_charged_perpetrators(events, linked))
        _link_incidents(events)
        _inherit_weapon(events)
        for event in events:
            # working state that holds spaCy objects: records leave this stage as plain data
            # (they are pickled to Dask workers' callers and compared across runs)
            event.__dict__.pop("_objects", None)
            event.__dict__.pop("_anaphor", None)
            event.__dict__.pop("_mutual", None)
        return events

    def _rank_competing(self, planned: list[tuple[Span, list[_Group]]]) -> None:
        """Where one sentence yields events of different types, let the trigger model's view
        of each trigger phrase shift their confidence (which one a consumer sees first)."""
        assert self.trigger_model is not None
        contested = [
            g for _, groups in planned if len({g.type for g in groups}) > 1 for g in groups
        ]
        if not contested:
            return
        probs = self.trigger_model.type_probabilities(
            [predicate_phrase(g.main.token) for g in contested]
        )
        for g, p in zip(contested, probs, strict=True):
            g.conf += self.trigger_model.rank_weight * p.get(g.type, 0.0)

    def _type_unknown(
        self,
        planned: list[tuple[Span, list[_Group]]],
        unknown: list[tuple[int, Token]],
        *,
        second: bool = False,
    ) -> None:
        """Type predicates of lexicon-silent sentences with the statistical trigger model; with
        `second`, untyped predicates of sentences the lexicon coded, at the model's stricter
        `second_threshold`, adding only a type the sentence does not hold yet."""
        assert self.trigger_model is not None
        typed = self.trigger_model.classify(
            [predicate_phrase(t) for _, t in unknown],
            self.trigger_model.second_threshold if second else None,
        )
        best: dict[int, Candidate] = {}
        for (k, tok), (etype, p) in zip(unknown, typed, strict=True):
            if etype == NONE or k in best:
                continue  # predicates come main clause first: the first typed one wins
            if second and any(g.type == etype for g in planned[k][1]):
                continue
            cand = Candidate(
                token=tok,
                type=etype,
                mode=None,
                conf=round(_MODEL_CONF * p, 3),
                entry_index=-2000,
            )
            cand.notes.append(
                f"typed by the trigger model {self.trigger_model.version} "
                f"({predicate_phrase(tok)!r}, p={p:.2f})"
            )
            best[k] = cand
        for k, cand in best.items():
            sent, groups = planned[k]
            if second:
                held = {g.type for g in groups}
                groups.extend(g for g in self._groups(sent, [cand]) if g.type not in held)
            else:
                planned[k] = (sent, self._groups(sent, [cand]))

    def _implicit_recipients(
        self, events: list[EventRecord], linked: LinkedDoc, matcher: TriggerMatcher
    ) -> None:
        """Recipients named through an object: "a police post", "the convoy" → the party that
        holds it; "condemned the attack", "rejected the allegation" → that earlier event's
        actor; a later sentence about the same attack with no target of its own → the target
        of the attack it continues."""
        cues = self.recipient_cues
        for e in events:
            # "Pakistani and Afghan forces exchanged fire": the state's force, not the state
            for role in ("actor", "recipient"):
                force = _state_force(getattr(e, role), e, linked, cues)
                if force is not None:
                    setattr(e, role, force[0])
                    e.notes.append(f"{role}: {force[1]}")
        for i, e in enumerate(events):
            state = linked.actors.get(e.recipient.id) if e.recipient and e.recipient.id else None
            if state is not None and state.kind == "country":
                # "Pakistani posts": the country's body that holds them, if the text names it.
                for obj in getattr(e, "_objects", []):
                    sectors = cues.facility_sectors(obj)
                    found = (
                        _party_holding(linked, sectors, obj.idx, None, country=state.country)
                        if sectors
                        else None
                    )
                    if found is not None:
                        e.recipient, why = found
                        e.notes.append(f"recipient from {obj.text!r}: {why}")
                        break
            # "claimed responsibility, saying its fighters had targeted 'the guards of an
            # un-Islamic system'": the claimant's own label for the target gives way to the
            # party the attack was told against
            label = (
                e.type == "ASSAULT"
                and _quoted_label(e.recipient, e)
                and _responsibility(e, linked) is not None
            )
            if label or (
                e.type == "ASSAULT"
                and not _is_identified(e.recipient)
                and (
                    e.trigger.lower().startswith("claim")
                    # "claimed responsibility, saying one of its members had targeted an
                    # 'apostate' gathering": the claimant's words for the attack told before
                    or (e.recipient is None and _responsibility(e, linked) is not None)
                )
            ):
                # "the BLA claimed responsibility (in a message to journalists)": the claim
                # restates the attack told before, and with it the attack's target
                told = next(
                    (
                        p
                        for p in reversed(events[max(0, i - 8) : i])
                        if p.type == "ASSAULT"
                        and p.recipient is not None
                        and not p.trigger.lower().startswith("claim")
                        # "Last month, gunmen stormed a police station ..., an attack the group
                        # claimed": a recalled attack is the one its own sentence says was claimed
                        and (
                            p.factuality not in _BACKGROUND_FACTUALITY
                            or p.sentence_span == e.sentence_span
                        )
                        and not _same_party(p.recipient, e.actor)
                        # the attack by the claimant or by attackers not yet named, not the
                        # security forces' response ("police killed three of the assailants")
                        and (not _is_identified(p.actor) or _same_party(p.actor, e.actor))
                        # a label is more telling than a mere count ("nine people")
                        and (not label or _is_identified(p.recipient))
                    ),
                    None,
                )
                if told is not None:
                    e.recipient = told.recipient
                    e.notes.append("recipient: the target of the attack claimed")
            if e.type == "ASSAULT" and e.place is None and _claims_told_attack(e, linked):
                # "claimed responsibility for the bombing" after the story has moved on to
                # another incident: the claim is for the article's own attack, told first
                lead = next(
                    (
                        p
                        for p in events[:i]
                        if p.type == "ASSAULT"
                        and p.place is not None
                        and p.factuality in ("asserted", "alleged")
                    ),
                    None,
                )
                if lead is not None:
                    e.place = lead.place
                    e.notes.append("place: where the attack claimed took place")
            if _counted_people(e.recipient, cues) and e.factuality not in _BACKGROUND_FACTUALITY:
                # "two people were killed when forces opened fire on farmers", "Three people
                # died there": the victims are the target of the same incident, as named
                same = [
                    p
                    for p in events
                    if p is not e and p.type == e.type and p.sentence_span == e.sentence_span
                ]
                before = [p for p in reversed(events[max(0, i - 3) : i]) if p.type == e.type]
                prev = next(
                    (
                        p
                        for p in same + before
                        if p.recipient is not None
                        and not _counted_people(p.recipient, cues)
                        and not _same_party(p.recipient, e.actor)
                        and p.factuality not in _BACKGROUND_FACTUALITY
                        # "attacks on our soldiers" that a party says it forestalled are not
                        # the incident whose dead are counted
                        and (p.factuality not in _UNREAL or e.factuality in _UNREAL)
                        # "ISPR said it killed four commanders ... Residents said nine people
                        # were killed": whom one side says it hit is not the others' count
                        and not (
                            p.factuality == "alleged"
                            and _is_identified(p.reported_by)
                            and _affiliated(p.reported_by, p.actor, linked)
                            and not _same_party(p.reported_by, e.reported_by)
                        )
                        and _same_period(e.date, p.date)
                        and (e.actor is None or p.actor is None or _same_party(e.actor, p.actor))
                    ),
                    None,
                )
                if prev is not None and prev.recipient is not None:
                    e.recipient = prev.recipient
                    e.notes.append("recipient: the victims' group the same incident names")
            if e.recipient is not None and not _is_identified(e.recipient):
                # "fought the outnumbered constables": members of a force the document names
                # (the knowledge base need not know every word for them)
                words = (e.recipient.text or "").lower().split()
                member = next(
                    (
                        o
                        for o in getattr(e, "_objects", [])
                        if words and o.lower_ == words[-1] and o.tag_ in ("NNS", "NNPS")
                    ),
                    None,
                )
                sectors = cues.facility_sectors(member) if member is not None else ()
                held = (
                    _party_holding(linked, sectors, member.idx, e.actor.id if e.actor else None)
                    if member is not None and sectors
                    else None
                )
                if held is not None and member is not None:
                    e.recipient, why = held
                    e.notes.append(f"recipient from {member.text!r}: {why}")
            if e.recipient is not None:
                continue
            actor_id = e.actor.id if e.actor else None
            for obj in getattr(e, "_objects", []):
                if (e.type in cues.answer_types or e.type in cues.report_types) and {
                    lemma(obj),
                    obj.lower_,
                } & cues.report_nouns:
                    # "rejected the report", "dismissed media reports that ...", "welcomed the
                    # findings": the report's author, not whoever last made a statement
                    author = _report_author(events, i, obj, linked, cues.report_nouns)
                    if author is not None:
                        e.recipient = author
                        e.notes.append(f"recipient: the author of {obj.text!r}")
                        break
                found = self._earlier_event_actor(events, i, obj, matcher, cues, linked)
                if (
                    found is not None
                    and e.type in _SPEECH_TYPES
                    # "rejected the accusation": a statement answers whoever made it
                    and (cues.event_nouns.get(lemma(obj)) or "") not in _SPEECH_TYPES
                    and e.actor is not None
                    and _is_identified(e.actor)
                    and _country_of(found[0], linked) != _country_of(e.actor, linked)
                ):
                    # "Kabul condemned the strikes" told of the Pakistani air force: a foreign
                    # party's reaction addresses the state behind its body's act
                    found = (_as_state(found[0], linked, persons=False), found[1])
                if (
                    found is not None
                    and e.type in cues.answer_types
                    and {lemma(obj), obj.lower_} & cues.source_nouns
                    and e.actor is not None
                    and _is_identified(e.actor)
                    and _country_of(_as_state(found[0], linked), linked)
                    not in (None, _country_of(e.actor, linked))
                ):
                    # "New Delhi rejected the accusation" a Pakistani minister made: a foreign
                    # state answers the state its official spoke for; an accusing body (the
                    # Foreign Office, the military's media wing) is answered as itself
                    accuser = linked.actors.get(found[0].id or "")
                    if getattr(accuser, "kind", None) == "person":
                        found = (_as_state(found[0], linked, persons=True), found[1])
                if found is None:
                    sectors = cues.facility_sectors(obj)
                    found = _party_holding(linked, sectors, obj.idx, actor_id) if sectors else None
                if found is not None:
                    e.recipient, why = found
                    e.notes.append(f"recipient from {obj.text!r}: {why}")
                    break
            if e.recipient is None and e.type in _CARRY_RECIPIENT:
                joint = _coordinated_target(events, i, linked)
                if joint is not None:
                    # "overran the post and seized weapons": what was seized was the target's
                    e.recipient = joint
                    e.notes.append("recipient: the target of the act it is coordinated with")
            if (
                e.recipient is None
                and e.type in _CARRY_RECIPIENT
                # a conditional or promised act is not the incident told before, nor is a
                # pattern ("drone strikes have repeatedly set off protests") told after one
                and e.factuality not in _UNREAL | {"generic"}
            ):
                same_kind = [
                    p
                    for p in reversed(events[max(0, i - 3) : i])
                    if p.type == e.type
                    and p.factuality not in _UNREAL
                    # "Officials gave a toll of 17 dead. The bomber struck as ...": a toll
                    # with no doer does not say whose target the named attacker's was
                    and not (e.actor is not None and p.actor is None)
                ]
                # "has repeatedly attacked politicians": a pattern recalled after the incident
                # is not what a later toll continues, if the incident is at hand
                prev = next(
                    (
                        p
                        for p in same_kind
                        if p.factuality not in _BACKGROUND_FACTUALITY
                        or e.factuality in _BACKGROUND_FACTUALITY
                    ),
                    same_kind[0] if same_kind else None,
                )
                if (
                    prev is not None
                    and prev.recipient is not None
                    and (e.actor is None or _same_party(e.actor, prev.actor))
                    # detainees are not whom a later curfew or shutdown is imposed on
                    and (e.type != "COERCE" or prev.mode == e.mode)
                ):
                    e.recipient = prev.recipient
                    e.notes.append("recipient from the same incident's earlier sentence")
            border_words = [*getattr(e, "_objects", [])]
            subject = getattr(e, "_subject", None)
            if subject is not None:
                border_words.append(subject)
            if (
                e.actor is None
                and e.type in _BORDER_MEASURES
                and _is_identified(e.reported_by)
                and getattr(linked.actors.get(e.reported_by.id or ""), "sector", None)
                in _STATE_SECTORS
                and any({lemma(o), o.lower_} & cues.border_nouns for o in border_words)
            ):
                # "the Foreign Office spokesman said the crossing would remain closed (would
                # reopen)": only a state closes or opens its border, and the one speaking does
                e.actor = _as_state(e.reported_by, linked)
                e.notes.append("actor: the state whose official announces the closure")
            if e.place is None and e.type in _BORDER_MEASURES:
                # "the crossing would remain closed": the one crossing the story has named
                crossing = next(
                    (
                        o
                        for o in border_words
                        if o.lower_ == "crossing" and o.tag_ != "NNS" and not _conjuncts(o)[1:]
                    ),
                    None,
                )
                named = _named_crossing(linked, e.span[1], cues) if crossing is not None else None
                if named is not None:
                    e.place = named
                    e.notes.append("place: the crossing named earlier")
            if e.recipient is None and e.type in _BORDER_ACTS and e.actor is not None:
                # "Pakistan closed the Torkham crossing": against the neighbour across it
                own = getattr(linked.actors.get(e.actor.id or ""), "country", None)
                if own is not None and any(
                    # the surface word too: the tagger lemmatises "crossing" to "cross"
                    {lemma(o), o.lower_} & cues.border_nouns
                    or any(
                        c.dep_ == "compound" and {lemma(c), c.lower_} & cues.border_nouns
                        for c in o.children
                    )
                    for o in border_words
                ):
                    # "closed the crossings during border clashes with Taliban forces": the
                    # neighbour the sentence names, else the other country the article is about
                    neighbours = [
                        c
                        for m in linked.actor_mentions
                        if e.sentence_span[0] <= m.start < e.sentence_span[1] and m.actor_id
                        for c in [getattr(linked.actors.get(m.actor_id), "country", None)]
                        if c is not None and c != own
                    ]
                    other = next(
                        (c for c in neighbours if c in linked.focus_countries),
                        next((c for c in linked.focus_countries if c != own), None),
                    )
                    gov = _government(linked, other)
                    if gov is not None:
                        e.recipient = gov
                        e.notes.append("recipient: the neighbour across the border closed")
            if (
                e.recipient is None
                and e.type == "PROTEST"
                # "drone strikes have repeatedly set off protests", "led to a week-long sit-in":
                # a recalled or general protest by no one in particular is aimed at no one
                and not (e.actor is None and e.factuality in _BACKGROUND_FACTUALITY)
            ):
                # A protest with no named target addresses the authorities where it happens.
                country = e.place.country if e.place is not None else None
                gov = _government(linked, country or next(iter(linked.focus_countries), None))
                sector = getattr(
                    linked.actors.get(e.actor.id or "") if e.actor else None, "sector", None
                )
                if gov is not None and (
                    sector in _OPPOSING_SECTORS or not _affiliated(gov, e.actor, linked)
                ):
                    e.recipient = gov
                    e.notes.append("recipient: the government where the protest takes place")
        for e in events:
            if (
                e.type == "ASSAULT"
                and e.actor is None
                and e.recipient is None
                and e.factuality not in _UNREAL
                and _border_fight(e, linked, cues)
            ):
                fighters = _two_sides(linked, None)
                if fighters is not None:
                    # "since a border clash in April", "to halt fighting along the frontier":
                    # the two countries the article is about, each on the other
                    e.actor, e.recipient = fighters
                    e.notes.append("parties: a border fight between the article's two countries")
        for i, e in enumerate(events):
            subj = getattr(e, "_subject", None)
            if e.actor is None and subj is not None:
                # "the strikes hit houses": the actor of the strikes told earlier
                found = self._earlier_event_actor(events, i, subj, matcher, cues, linked)
                if found is not None:
                    e.actor = _plain(found[0], linked)
                    e.notes.append(f"actor from {subj.text!r}: {found[1]}")
        nouns = self.lexicon.anaphoric_nouns
        _carry_actors(events, linked, set(nouns) | {n + "s" for n in nouns})
        for e in events:
            if e.recipient is not None:
                continue
            # "demanded that Kabul act", "warned that if Kabul did not ..., Pakistan would":
            # the first party of the complement clause that is not the speaker's own side
            for ref in getattr(e, "_clause_parties", []):
                if _is_identified(ref) and not (
                    _same_party(ref, e.actor) or _affiliated(ref, e.actor, linked)
                ):
                    e.recipient = _plain(ref, linked)
                    e.notes.append("recipient: the party the complement clause is about")
                    break
        for e in events:
            if (
                e.type == "ACCUSE"
                and _is_identified(e.actor)
                and _is_identified(e.recipient)
                and _affiliated(e.recipient, e.actor, linked)
            ):
                # "Mujahid said Pakistan's failures 'cannot be hidden by blaming Afghanistan'":
                # a retort quoting the blame on the speaker's own side is aimed at the party
                # said to be blaming (guide §9: a retort answers whose blame it is)
                retorted = _other_state_named(e, linked)
                if retorted is not None:
                    e.recipient = retorted
                    e.notes.append("recipient: the party a retort about the blame is aimed at")
            words = (e.recipient.text or "").lower().split() if e.recipient is not None else []
            own_country = _country_of(e.actor, linked) if _is_identified(e.actor) else None
            if (
                words
                and words[-1] in ("neighbour", "neighbours", "neighbor", "neighbors")
                and not _is_identified(e.recipient)
                and own_country in linked.focus_countries
                and len(linked.focus_countries) == 2
            ):
                # "Pakistan should stop blaming its neighbours": the other country the article
                # is about
                other = next(c for c in linked.focus_countries if c != own_country)
                gov = _government(linked, other)
                if gov is not None:
                    e.recipient = gov
                    e.notes.append("recipient: the neighbour the article is about")
        for i, e in enumerate(events):
            own = e.recipient is not None and _affiliated(e.recipient, e.actor, linked)
            if e.recipient is not None and not (
                (e.type in cues.beneficiary_types and not e.recipient.id)
                # "would protect its citizens": a warning is not addressed to one's own side
                or (e.type in cues.counterpart_types and own)
            ):
                continue
            party: ActorRef | None = None
            if e.type in cues.answer_types:
                hearsay = any(
                    {lemma(o), o.lower_} & cues.content_nouns
                    and (
                        # "rejected reports that ...": nobody's report in particular
                        ({lemma(o), o.lower_} & cues.report_nouns and _bare_plural(o))
                        or (
                            # "the suggestion that ...", "these claims": a statement made before
                            not any(
                                c.dep_ in ("det", "poss")
                                and c.lower_ in _DEFINITE_DETS | _POSSESSIVES
                                for c in o.children
                            )
                            and not {lemma(o), o.lower_} & (cues.source_nouns | cues.report_nouns)
                            and not (
                                cues.event_nouns.get(lemma(o)) or cues.event_nouns.get(o.lower_)
                            )
                        )
                    )
                    for o in getattr(e, "_objects", [])
                )
                if not hearsay and (_points_back(e, linked) or _denies_clause(e, linked)):
                    # "Local officials disputed that account", "Aid workers disputed that": the
                    # account the sentence before gave, whoever gave it; so does "denied that
                    # any request had been received" after it (guide §10: the party whose
                    # account is denied)
                    party = _previous_speaker(e, linked, self.lexicon, provisional=True)
                    why = "the speaker of the account just told"
                if not hearsay and party is None:
                    # "dismissed talk of foreign fighters": no one party's statement
                    own_role = any(
                        {lemma(o), o.lower_} & cues.involvement_nouns
                        for o in getattr(e, "_objects", [])
                    )
                    party = _answered_party(events, i, linked, own_role=own_role)
                    why = "the party whose earlier statement it answers"
            elif e.type in cues.beneficiary_types:
                party = _beneficiary_state(e, linked)
                why = "the government of the country it goes to"
            elif e.type in cues.counterpart_types and _is_identified(e.actor):
                party = _counterpart(events, i, linked)
                why = "the party the actor's side last dealt with"
            elif (
                e.type == "CONSULT"
                and e.recipient is None
                and _is_identified(e.actor)
                and any(
                    {lemma(o), o.lower_} & _MEETING_NOUNS and o.dep_ in ("dobj", "obj")
                    for o in getattr(e, "_objects", [])
                )
            ):
                # "would attend the next round of talks": talks with the other side
                party = _counterpart(events, i, linked)
                why = "the other side of the talks attended"
            if own and party is None:
                e.recipient = None
                e.notes.append("recipient dropped: the actor's own side")
            elif party is not None and not _affiliated(party, e.actor, linked):
                e.recipient = party
                e.notes.append(f"recipient: {why}")
        for e in events:
            if e.recipient is not None or e.factuality not in _UNREAL:
                continue
            # "warned that Pakistan reserves the right to respond": the act a threat announces
            # is aimed at whom the threat is
            threat = next(
                (
                    t
                    for t in events
                    if t.type in _THREAT_TYPES
                    and t.sentence_span == e.sentence_span
                    and _is_identified(t.recipient)
                    and not _affiliated(t.recipient, e.actor, linked)
                ),
                None,
            )
            if threat is not None and e.type not in _SPEECH_TYPES:
                e.recipient = threat.recipient
                e.notes.append("recipient: the party the threat announcing it is aimed at")
        for i, e in enumerate(events):
            if e.recipient is not None or e.type not in cues.authority_types:
                continue
            # "demanded their immediate release", "called for the return of the detainees": put
            # to whoever holds them, the party that detained them in the incident told
            if any(
                {lemma(o), o.lower_} & cues.theme_nouns and o.dep_ in ("dobj", "obj", "pobj")
                for o in getattr(e, "_objects", [])
            ):
                holder = next(
                    (
                        p.actor
                        for p in reversed(events[max(0, i - 6) : i])
                        if (p.type, p.mode) in _CUSTODY_MODES
                        and _is_identified(p.actor)
                        and p.factuality not in _UNREAL | _BACKGROUND_FACTUALITY
                        and not _affiliated(p.actor, e.actor, linked)
                    ),
                    None,
                )
                if holder is not None:
                    e.recipient = _plain(holder, linked)
                    e.notes.append("recipient: the party holding those whose release is demanded")
        for e in events:
            if e.recipient is not None or e.type not in cues.authority_types or e.actor is None:
                continue
            # "lawmakers walked out, demanding an inquiry", "UNAMA called for the perpetrators
            # to be brought to justice": a demand with no addressee (none in its clause, no
            # counterpart) is put to the authorities where it is made
            known = linked.actors.get(e.actor.id or "")
            sector = getattr(known, "sector", None)
            if sector in _GENERAL_APPEAL_SECTORS:
                continue  # an international body's appeal with no addressee is a general one
            country = e.place.country if e.place is not None else None
            country = country or next(iter(linked.focus_countries), None)
            if (
                known is not None
                and sector not in _OPPOSING_SECTORS
                and (known.kind == "country" or sector in _STATE_SECTORS)
            ):
                # "we want to see action", "Pakistan should stop blaming": one of the article's
                # two states demands of the other; a third state's appeal is a general one
                sides = linked.focus_countries[:2]
                if known.country not in sides or len(sides) < 2:
                    continue
                country = next(c for c in sides if c != known.country)
            gov = _government(linked, country)
            if gov is not None and (
                sector in _OPPOSING_SECTORS or not _affiliated(gov, e.actor, linked)
            ):
                e.recipient = gov
                e.notes.append("recipient: the authorities where the demand is made")
        by_start: dict[int, EventRecord] = {}
        for e in events:
            if _is_identified(e.actor):
                by_start.setdefault(e.span[0], e)  # of a mutual act, the first direction
        for e in events:
            if e.actor is not None or e.type in cues.answer_types:
                continue
            controller = _controlling_event(linked.doc, e, by_start)
            if controller is not None:
                # "both sides committed to establishing ... and to meet again": the act the
                # parties committed to is theirs (one row, as the first of the pair)
                e.actor = controller.actor
                if e.recipient is None:
                    e.recipient = controller.recipient
                e.notes.append("actor: the party committing to it in the same sentence")
        mediated: dict[tuple[int, int], tuple[ActorRef, ActorRef]] = {}
        for e in events:
            if e.type not in ("CONSULT", "AGREE"):
                continue
            word = e.trigger.lower()
            if e.actor is None and e.recipient is None:
                # "a ceasefire agreed in Doha under Qatari and Turkish mediation": the two sides
                # agreed, each to the other; the mediators have no row
                brokers = _mediators(e, linked, cues)
                if brokers is not None:
                    bound = _two_sides(linked, brokers)
                    if bound is not None:
                        e.actor, e.recipient = bound
                        e.notes.append("parties: the two sides of a mediated agreement")
                        continue
            if e.type == "AGREE" and word in cues.mediate_verbs and e.actor is not None:
                # "Qatar and Turkey brokered a ceasefire": the two sides agreed, each to the
                # other (guide §1.3), and the mediators have no row
                if e.span in mediated:
                    e.recipient, e.actor = mediated[e.span]
                else:
                    agreed = _two_sides(linked, _country_of(e.actor, linked))
                    if agreed is None:
                        continue
                    e.actor, e.recipient = agreed
                    mediated[e.span] = agreed
                e.notes.append("parties: the two sides of a mediated agreement")
                continue
            if e.type != "CONSULT":
                continue
            if word in cues.mediate_verbs or (
                # "Qatar ... hosted the talks that produced the agreement": talks a third
                # party hosts are between the sides, as if it had mediated them
                word in cues.host_verbs
                # a state as the venue ("Qatar hosted the talks"), not a minister hosting
                # talks he takes part in ("Muttaqi, who hosted the meeting")
                and e.actor is not None
                and getattr(linked.actors.get(e.actor.id or ""), "kind", None) == "country"
                and any(
                    lemma(o) in _MEETING_NOUNS
                    and o.dep_ in ("dobj", "obj")
                    # "hosted a meeting with the Pakistani and Afghan ministers": guests named
                    and not _prep_objects(o, ("with", "between"))
                    and not _prep_objects(o.head, ("with", "between"))
                    for o in getattr(e, "_objects", [])
                )
            ):
                # "Qatar, which mediated talks between the two sides": the talks are between
                # the two parties; the mediator has no row of its own (guide §8)
                mediator = _country_of(e.actor, linked) if e.actor is not None else None
                talkers = _two_sides(linked, mediator)
                if talkers is not None:
                    e.actor, e.recipient = talkers
                    e.notes.append("parties: the two sides of mediated talks")
            elif word in cues.host_verbs and e.actor is not None and e.recipient is not None:
                # "Wang Yi hosted his Pakistani counterpart": the guest meets the host
                e.actor, e.recipient = e.recipient, e.actor
                e.notes.append("the guest meets the host")
        last_country: str | None = None
        for i, e in enumerate(events):
            if e.place is not None and e.place.country and e.factuality != "generic":
                last_country = e.place.country
            if (
                e.actor is not None
                or (e.mode or "") not in cues.state_modes
                # "mass detentions will only feed the anger": a pattern has no one author
                or e.factuality == "generic"
            ):
                continue
            doer = (
                next(
                    (
                        p.actor
                        # a campaign is told over a whole article, with much else between
                        for p in reversed(events[max(0, i - 12) : i])
                        if p.type == e.type
                        and p.mode == e.mode
                        and p.factuality not in _UNREAL
                        and p.actor is not None
                        # a state's own campaign ("Iran deported ..."), not one body's
                        # operation ("detained by police"), is what goes on being told
                        and getattr(linked.actors.get(p.actor.id or ""), "kind", None) == "country"
                        and not _affiliated(p.actor, e.recipient, linked)
                    ),
                    None,
                )
                if e.place is None
                else None
            )
            if doer is not None:
                # "Iran deported 9,000 Afghans through Islam Qala ... a large majority had been
                # deported": the state that took the same measure just told; where it is seen
                # (the receiving side of a crossing) need not be the state that takes it
                e.actor = doer
                e.notes.append("actor: the state that took the same measure just told")
                continue
            # "a curfew was imposed", "were deported": only a state does this; the one where
            # it happens (its own sentence's place, else the incident's told earlier)
            where = e.place.country if e.place is not None else last_country
            arresting = _reporting_force(e, linked) if e.mode == "arrest" else None
            home = _country_of(arresting, linked) if arresting is not None else None
            if arresting is not None and (where is None or home in (None, where)):
                # "a senior police officer said two suspects had been arrested": the force
                # that tells of its own arrests made them
                e.actor = arresting
                e.notes.append("actor: the force whose own account tells of the arrests")
                continue
            gov = _government(linked, where)
            if gov is not None and not _affiliated(gov, e.recipient, linked):
                e.actor = gov
                e.notes.append("actor: the government where the state measure is taken")
        for i, e in enumerate(events):
            first = _first_victims(events, i, cues, linked)
            if first is not None and e.recipient is not None:
                # "held travellers hostage ... marched men from Punjab ...": the unnamed
                # victims of one incident keep the words they were first named with (guide §0)
                e.recipient = dataclasses.replace(e.recipient, name=first)
                e.notes.append(f"recipient: the incident's victims as first named ({first})")
        for e in events:
            group = _victims_group(e, linked, cues)
            if group is not None and e.recipient is not None:
                # a fresh reference: one recipient object may be shared by several rows
                e.recipient = dataclasses.replace(e.recipient, name=group)
                e.notes.append(f"recipient: ordinary people as victims are {group}")
        for e in events:
            # parse-bound working state: records leave the stage as plain data
            e.__dict__.pop("_clause_parties", None)
            e.__dict__.pop("_subject", None)
            source_text = e.__dict__.pop("_source_text", "")
            if e.factuality != "asserted" or e.type in _SPEECH_TYPES or e.type == "SANCTION":
                # a state's own closure or sanction is on record as soon as it announces it
                continue
            if is_witness_source(source_text) and not _is_identified(e.reported_by):
                # "Witnesses said ...": the source need not be a linked actor to be a witness
                e.factuality = "alleged"
                e.notes.append("known only from eyewitnesses' account: alleged")
            elif e.reported_by is None or _BOTH_SIDES.search(source_text):
                # "officials on both sides said": the parties agree on what happened
                continue
            elif _affiliated(e.reported_by, e.actor, linked) and _one_sides_account(
                e.reported_by,
                e.actor,
                e.recipient,
                e.type,
                linked,
                e.place.country if e.place is not None else None,
            ):
                # its own act against an adversary known only now (from earlier sentences)
                e.factuality = "alleged"
                e.notes.append("one party's account of an act involving a named adversary: alleged")

    def _earlier_event_actor(
        self,
        events: list[EventRecord],
        i: int,
        obj: Token,
        matcher: TriggerMatcher,
        cues: RecipientCues,
        linked: LinkedDoc,
    ) -> tuple[ActorRef, str] | None:
        if obj.pos_ not in ("NOUN", "PROPN") or not any(
            # "such accusations": the parser may take "such" for an adjective
            c.dep_ in ("det", "poss", "amod") and c.lower_ in _DEFINITE_DETS | _POSSESSIVES
            for c in obj.children
        ):
            return None
        etype = cues.event_nouns.get(lemma(obj)) or cues.event_nouns.get(obj.lower_)
        if etype is None:
            cand = matcher.match_token(obj, set())
            etype = cand.type if cand is not None else None
        if etype is None and (lemma(obj) in cues.act_nouns or obj.lower_ in cues.act_nouns):
            # "welcomed the decision", "rejected the move": the latest act of another party
            e = events[i]
            for prev in reversed(events[:i]):
                if (
                    prev.span[0] < e.span[0]
                    and _is_identified(prev.actor)
                    and prev.type not in _SPEECH_TYPES
                    and prev.factuality not in _BACKGROUND_FACTUALITY
                    and not (e.actor is not None and _same_party(e.actor, prev.actor))
                    and not _affiliated(e.actor, prev.actor, linked)
                ):
                    return prev.actor, "actor of the latest act of another party it refers to"
            return None
        if etype is None:
            return None
        e = events[i]
        fitting = [
            prev
            for prev in events[:i]
            if prev.type == etype
            and prev.actor is not None
            and prev.span[0] < e.span[0]
            and not (e.actor is not None and _same_party(e.actor, prev.actor))
            # "the group said it did not target health workers": a denied act names no doer
            and prev.factuality != "negated"
        ]
        # "condemned the attack", "the strikes hit ...": the article's own incident, as first
        # told (a later claim of responsibility or a recalled earlier attack is not it)
        lead = [p for p in fitting if p.factuality in ("asserted", "alleged")][:1]
        if etype == "ACCUSE":
            # "rejected the allegation": the accusation made last, not the first of the story
            # (an attack or a deal is the article's own, as first told)
            lead = fitting[-1:]
        source = lemma(obj) in cues.source_nouns or obj.lower_ in cues.source_nouns
        for prev in lead or fitting[-1:]:
            assert prev.actor is not None
            teller = _later_teller(events, i, prev, linked) if source else None
            if teller is not None:
                # "He claimed that air strikes had killed women and children ... Dar rejected
                # the allegation": the allegation told after the last accusation coded
                return teller, "source of the latest account it refers to"
            if (
                etype == "ASSAULT"
                and (e.type not in _SPEECH_TYPES or e.type == "ACCUSE")
                and not _is_identified(prev.actor)
            ):
                # "The bombing was the third attack claimed by IS-K", "the group said the
                # attack killed 30": the attack's doer is the group that claimed it; so is
                # whom a condemnation is aimed at, wherever the article tells the claim (guide
                # §10: the perpetrator as the article presents it). Other reactions ("vowed
                # the killers would be brought to justice") are aimed at the attacker as told.
                claimant = _claimant(events if e.type == "ACCUSE" else events[: i + 1], linked)
                if claimant is not None and not _same_party(e.actor, claimant):
                    return claimant, "the group that claimed the attack it refers to"
            denier = prev.reported_by if etype in cues.answer_types else None
            if denier is not None and denier.id and not _same_party(denier, e.actor):
                # "X, a spokesman for the group, said it had no link ... An officer dismissed
                # the denial": whoever voiced the denial is the one answered (guide §10)
                return _plain(denier, linked) or denier, "the speaker of the denial it refers to"
            return prev.actor, f"actor of the earlier {etype.lower()} it refers to"
        if source:
            # "rejected the accusation" where the accusation itself was not coded as one (it
            # was reported as the act alleged: "said India was arming the BLA"): the state
            # whose official made it
            for prev in reversed(events[:i]):
                src = prev.reported_by
                if prev.span[0] >= e.span[0] or src is None or not _is_identified(src):
                    continue
                actor = linked.actors.get(src.id or "")
                if actor is None or actor.sector in _NON_STATE_SECTORS:
                    continue  # a group's claim of responsibility is not what was rejected
                state = _as_state(src, linked, persons=True)
                if e.actor is not None and (
                    _same_party(e.actor, state) or _affiliated(e.actor, state, linked)
                ):
                    continue
                return state, "state whose official made the earlier statement it refers to"
        return None

    def _dateline_place(
        self, linked: LinkedDoc, tok_place: dict[int, PlaceMention]
    ) -> PlaceRef | None:
        """The place of a dateline ("BANNU, Pakistan — ...") if the document opens with one."""
        sents = list(linked.doc.sents)
        if not sents:
            return None
        first = sents[0]
        for tok in first[:6]:
            if tok.text in ("—", "–", "-", ":") and tok.i > first.start:
                head = first[: tok.i - first.start]
                # "MIR ALI, North Waziristan —": an all-caps name the gazetteer lookup may
                # miss is the same place as its ordinary spelling later in the text
                words = " ".join(t.text for t in head).split(",")[0].strip().lower()
                if "/" in words:
                    return None  # "KABUL/ISLAMABAD —": filed from two capitals
                for pm in linked.place_mentions:
                    if pm.place_id and pm.start >= tok.idx and pm.text.lower() == words:
                        return linked.place_ref(pm)
                for t in head:
                    m = tok_place.get(t.i)
                    if m is not None and m.place_id:
                        return linked.place_ref(m)
                break
        return None

    # ------------------------------------------------------------------ grouping

    def _groups(self, sent: Span, cands: list[Candidate]) -> list[_Group]:
        if not cands:
            cands = []
        lex = self.lexicon
        cands = [
            c for c in cands if not self._is_backreference(c) and not _awaited_condition(c.token)
        ]
        by_tok = {c.token.i: c for c in cands}
        for c in cands:
            if c.type == "ACCUSE" and _is_contrasted_alternative(c.token):
                # "should look inward instead of blaming its neighbours" rebukes the blame
                # (guide §1.2: criticism is ACCUSE disapprove, not the allegation it names)
                c.mode = "disapprove"

        # Absorption: complements of embedding verbs are not separate events.
        absorbed: set[int] = set()
        inner_of: dict[int, list[Candidate]] = {}
        forecasts: set[int] = set()
        for c in cands:
            if not (c.absorbs or c.commit):
                continue
            region = _complement_region(c.token)
            # "accused X of planning the attack, saying the gunmen had been in contact with
            # handlers": what a participle of saying reports is told, not charged or asked for
            # (guide §1.1: events inside reported speech are coded)
            told = _participle_reports(c.token, region, lex)
            inner = [
                by_tok[i]
                for i in sorted(region)
                if i in by_tok
                and i != c.token.i
                and not (i in told and by_tok[i].type in _TOLD_ACTS and by_tok[i].type != c.type)
            ]
            inner_of[c.token.i] = inner
            if _is_forecast(c, inner, lex):
                forecasts.add(c.token.i)  # a forecast absorbs nothing: its clause is reported
                continue
            if c.type not in _SPEECH_TYPES and any(
                x.type == c.type and x.token.pos_ in ("VERB", "AUX") for x in inner
            ):
                # "claimed responsibility, saying its fighters had targeted the post": the act
                # told in full (with its target) stands for the claim
                forecasts.add(c.token.i)
                continue
            absorbed |= {
                x.token.i
                for x in inner
                if (
                    x.type != c.type
                    or x.token.pos_ == "NOUN"
                    # "pledged that it would not allow anyone to…": one pledge, told twice
                    or c.commit
                    and x.absorbs
                )
                # "agreed to form a commission after two days of talks in Termez": the talks
                # are placed or dated for themselves, not part of what was agreed
                and not (x.fresh and x.type == "CONSULT")
                # "wanted the rebels to disarm … before any easing of sanctions": the act
                # set as the condition is not what is asked for
                and not _prospective_condition(x.token)
                # "ordered traders to stop imports, accusing suppliers of fraud": a participle
                # beside the verb is the speaker's second speech act, not what was ordered (the
                # parser may hang it on the infinitive: it still follows the speaker's clause)
                and not (
                    x.type in _SPEECH_TYPES
                    and x.type != c.type
                    and x.token.dep_ == "advcl"
                    and x.token.tag_ == "VBG"
                    and (
                        x.token.head.i == c.token.i
                        or x.token.head.dep_ == "xcomp"
                        and x.token.head.head.i == c.token.i
                    )
                )
            }
        # An absorbing trigger inside another absorbing trigger's complement stays absorbed.
        cands = [c for c in cands if c.token.i not in absorbed and c.token.i not in forecasts]

        # "rejected Pakistani allegations that it funds separatists", "rejected Islamabad's charge
        # that they shelter the TTP": the charge the denial answers, with its owner and content
        # told here, is that party's own ACCUSE row beside the REJECT
        charges: list[Candidate] = []
        charge_fact: dict[int, str] = {}
        for c in cands:
            if c.type != "REJECT" or c.token.pos_ not in ("VERB", "AUX"):
                continue
            for noun in (x for x in c.token.children if x.dep_ == "dobj"):
                if _owned_charge(noun, lex) and noun.i not in by_tok:
                    charge = Candidate(
                        token=noun, type="ACCUSE", mode="allege", conf=0.55, entry_index=-1000
                    )
                    charge.notes.append(_CHARGE_NOTE.format(c.token.text))
                    charges.append(charge)
                    # the charge was made (not negated by its denial); "has long rejected"
                    # tells a standing charge
                    habitual = any(
                        d.dep_ == "advmod" and d.lower_ in _HABITUAL_ADVERBS
                        for d in c.token.children
                    )
                    charge_fact[id(charge)] = "generic" if habitual else "asserted"
        cands.extend(charges)

        # Pledges: a hostile complement makes a THREATEN, a refusal a REJECT.
        intent = lex.intent
        unagreed: set[int] = set()
        for c in cands:
            if not c.commit:
                continue
            chain = _xcomp_chain(c.token)
            inner = [by_tok[t.i] for t in chain if t.i in by_tok]
            xneg = any(ch.dep_ == "neg" for x in chain for ch in x.children)
            selfneg = any(ch.dep_ == "neg" for ch in c.token.children)
            if selfneg and c.type == "AGREE" and _failed_to_agree(c.token):
                c.notes.append("no agreement reached: neither side refused")
                unagreed.add(c.token.i)
            elif selfneg and c.type == "AGREE":
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
                c.notes.append("negated agreement: coded as refusal")
            elif xneg and c.type == "AGREE":
                # "agreed not to attack each other" is a commitment to restraint: still AGREE.
                c.notes.append("pledge to refrain from acting")
            elif inner and inner[0].type == "REJECT" and c.type == "AGREE":
                # "vowed to resist any change" pledges a refusal
                c.type, c.mode = "REJECT", None
                c.notes.append("pledge to refuse: coded as rejection")
            elif inner and inner[0].type in intent.get("hostile", []):
                c.type = intent.get("hostile_as", "THREATEN")
                c.mode = _threat_mode(intent, inner[0])
                c.notes.append(
                    f"pledge of a hostile act ({inner[0].type.lower()}): coded as threat"
                )

        cands = [c for c in cands if c.token.i not in unagreed]

        # The act a threat or pledge announces is coded beside it, ranked below the speech act
        # PLOVER codes (annotation guide §1.2: "a threat with a conditional action gives
        # THREATEN plus the threatened act"); a demand's act is only asked for and stays absorbed.
        kept = {c.token.i for c in cands}
        solo: set[int] = set()
        for c in list(cands):
            allowed = _ANNOUNCED_ACTS.get(c.type, ()) if c.absorbs or c.commit else ()
            if c.type == "REQUEST" and c.absorbs:
                allowed = _SELF_OFFERED_ACTS
            if not allowed or any(ch.dep_ == "neg" for ch in c.token.children):
                continue
            for x in inner_of.get(c.token.i, []):
                if c.type == "REQUEST" and not _self_offered(x.token, c.token):
                    continue
                # a noun counts as the object of its light verb ("of carrying out the strike")
                verb = x.token if x.token.dep_ != "dobj" else x.token.head
                charged = (  # "blamed for a bombing in Bannu": the act charged, by its noun
                    c.type == "ACCUSE"
                    and x.token.dep_ == "pobj"
                    and x.token.head.lower_ in ("of", "for")
                    and x.token.head.head.i == c.token.i
                    # one event ("a bombing", "the attack"), not a kind ("blamed for attacks")
                    and any(d.dep_ in ("det", "nummod", "poss") for d in x.token.children)
                )
                # "threatened more killings": the act threatened, named by the threat's object
                threatened = (
                    c.type == "THREATEN"
                    and lemma(c.token) == "threaten"  # not an announcement recoded as a threat
                    and x.token.pos_ == "NOUN"
                    and x.token.dep_ == "dobj"
                    and x.token.head.i == c.token.i
                )
                if threatened:
                    x.notes.append(_THREATENED_ACT)
                charged = charged or threatened
                if charged:
                    verb = c.token
                elif x.token.pos_ == "NOUN" and (
                    lemma(verb) not in _AUTHORSHIP_VERBS
                    or not any(d.dep_ == "det" for d in x.token.children)
                ):
                    continue  # "to avenge the killing", "to spread violence": no act announced
                if (
                    x.token.i in kept
                    or x.type not in allowed
                    or verb.pos_ not in ("VERB", "AUX")
                    or verb.i != x.token.i
                    and verb.i in by_tok
                    and not charged
                    or x.absorbs
                    or x.commit
                    # "vowed they would be hunted down" is the threat alone (gold/fresh3 README)
                    or c.type == "THREATEN"
                    and lemma(verb) in _PURSUIT_VERBS
                    or any(ch.dep_ == "neg" for ch in verb.children)
                    and not charged
                    or not (
                        charged or _announced_by(verb, c.token, by_tok, lex) or c.type == "REQUEST"
                    )
                ):
                    continue
                x.conf = round(min(x.conf, c.conf) - 0.15, 3)
                solo.add(id(x))
                x.notes.append(f"act announced by {c.token.text!r}: coded beside the {c.type}")
                cands.append(x)
                kept.add(x.token.i)

        # Each demand joined by "and" is its own REQUEST row (annotation guide §8): "urged
        # Pakistan to halt deportations and to give families time" asks for two things.
        for c in list(cands):
            if c.type != "REQUEST" or not c.absorbs or c.token.pos_ not in ("VERB", "AUX"):
                continue
            for demanded in (x for x in c.token.children if x.dep_ == "xcomp"):
                if _general_appeal(demanded):
                    continue  # "to exercise restraint and to resolve differences": one appeal
                for second in _conjuncts(demanded)[1:]:
                    if second.pos_ == "VERB" and has_to_marker(second):
                        twin = dataclasses.replace(
                            c, notes=[*c.notes, f"second demand ({second.text!r})"]
                        )
                        cands.append(twin)
                        solo.add(id(twin))
            # "demanded a judicial inquiry and compensation for the families", "called for an
            # apology and compensation": each thing demanded is its own demand
            if lemma(c.token) not in _THING_DEMAND_VERBS or any(
                x.dep_ in ("xcomp", "ccomp") for x in c.token.children
            ):
                continue  # "told nurses and pharmacists to go home": whom it asks, not what
            asked = [x for x in c.token.children if x.dep_ == "dobj" and x.pos_ == "NOUN"]
            asked += [
                o
                for p in c.token.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"
            ]
            table = lex.modes.get("REQUEST") or []
            people = lex.word_classes.get("person", frozenset())
            for first in asked:
                if lemma(first) in _GENERAL_APPEAL_WORDS or lemma(first) in people:
                    continue
                for second in _conjuncts(first)[1:]:
                    if second.pos_ != "NOUN" or lemma(second) in _GENERAL_APPEAL_WORDS | people:
                        continue
                    words = {lemma(t) for t in second.subtree}
                    cue = next((m for m, cues in table if cues & words), None)
                    twin = dataclasses.replace(
                        c,
                        mode=(None if cue == _NULL_MODE else cue) if cue else c.mode,
                        notes=[*c.notes, f"second demand ({second.text!r})"],
                    )
                    cands.append(twin)
                    solo.add(id(twin))

        groups: list[_Group] = []
        # Statements: reporting verbs whose complement is a demand or an intention.
        for tok in sent:
            if (
                lemma(tok) not in lex.reporting_verbs
                or tok.pos_ not in ("VERB", "AUX")
                or tok.i in by_tok
                and by_tok[tok.i] in cands
            ):
                continue
            comps = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
            # '"…, and Kabul must act against them," Naqvi said': the demand is the second of
            # two coordinated clauses of what was said
            comps += [
                v
                for c in comps
                for v in c.children
                if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and v.i > c.i
            ]
            for comp in comps:
                aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
                if aux & lex.demand_modals:
                    comp_tokens = {t.i for t in comp.subtree}
                    inner = [c for c in cands if c.token.i in comp_tokens]
                    if any(
                        x.type == "ACCUSE" and _is_contrasted_alternative(x.token) for x in inner
                    ):
                        # "Pakistan should look inward instead of blaming its neighbours" is a
                        # rebuke: the accusation is the act, the advice only its rhetoric
                        continue
                    speaker = subject_of(tok)
                    target = subject_of(comp)
                    if target is None and inner:
                        # "argued that sanctions should be eased": a demand on whoever holds
                        # them, when what should be done is an act
                        target = passive_subject(comp)
                        if target is not None and (
                            target.pos_ not in ("NOUN", "PROPN")
                            or target.lower_ == "one"
                            or any(d.lower_ in ("no", "any", "every") for d in target.children)
                        ):
                            target = None  # "no one should be forced back": a principle
                    if target is not None and (
                        speaker is None
                        or target.lower_ not in _PRONOUNS
                        or _other_party_pronoun(speaker, target)
                    ):
                        for x in inner:
                            if not (x.type == "ACCUSE" and _is_contrasted_alternative(x.token)):
                                cands.remove(x)
                        cand = Candidate(
                            token=tok, type="REQUEST", mode=None, conf=0.7, entry_index=-1000
                        )
                        cand.notes.append(
                            f"statement that another party {', '.join(sorted(aux & lex.demand_modals))} act"
                        )
                        g = _Group(members=[cand], main=cand, type="REQUEST", conf=0.7)
                        g.trigger_tokens = [tok, *[c for c in comp.children if c.lower_ in aux]]
                        g.mode = self._mode(sent, g)
                        groups.append(g)
                        break  # one demand per statement

        # "would not rest until the last terrorist is eliminated", "the operation will continue
        # until…": a resolve to keep using force is a threat, the force only its condition.
        for c in cands:
            tok = c.token
            if c.type not in ("ASSAULT", "COERCE") or tok.dep_ != "advcl" or c.commit:
                continue
            if not any(m.dep_ == "mark" and m.lower_ == "until" for m in tok.children):
                continue
            aux = {x.lower_ for x in tok.head.children if x.dep_ == "aux"}
            if aux & _FUTURE_MODALS:
                c.notes.append(f"force promised until an end ({c.type.lower()}): coded as threat")
                c.mode = _threat_mode(intent, c)
                c.type = intent.get("hostile_as", "THREATEN")

        # Statements of intent: future-marked main clauses recode to AGREE/THREATEN/REJECT.
        announced: list[Candidate] = []
        for c in cands:
            tok = c.token
            if tok.pos_ not in ("VERB", "AUX") or c.commit or c.absorbs:
                continue
            told_to = _reported_acl(tok, lex)
            if tok.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and not told_to:
                continue
            if tok.dep_ == "ccomp" and lemma(tok.head) not in lex.reporting_verbs:
                continue
            if lemma(tok) in ("remain", "stay", "keep", "continue"):
                continue  # "trade would remain suspended" forecasts a state, it pledges no act
            aux = {x.lower_ for x in tok.children if x.dep_ in ("aux", "auxpass")}
            clause = tok
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # "said X wanted peace but would defend its borders"
            reported = (
                clause.dep_ == "ccomp" and lemma(clause.head) in lex.reporting_verbs or told_to
            )
            future = bool(aux & {"will", "shall", "'ll", "wo"}) or (reported and "would" in aux)
            negated = any(x.dep_ == "neg" for x in tok.children)
            if not future or c.type in ("THREATEN", "REQUEST", "ACCUSE", "PROTEST"):
                continue
            if c.type == "CONSULT" and not negated:
                continue  # a meeting announced is the meeting, planned; one refused is REJECT
            if negated and c.type in intent.get("cooperative", []):
                c.notes.append(
                    f"stated refusal ({c.type.lower()} will not happen): coded as rejection"
                )
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
            elif negated:
                continue
            elif c.type in intent.get("cooperative", []) and c.type != "AGREE":
                if _planned_not_pledged(clause):
                    c.notes.append("term of a concluded agreement: type kept")
                    continue
                subj = subject_of(tok) or passive_subject(tok)
                if subj is not None and lemma(subj) in lex.word_classes.get("territory", ()):
                    # "said the crossing would reopen": a place's announced change, not a pledge
                    c.notes.append("announced change of a place: type kept")
                    continue
                if c.type not in ("SUPPORT", "CONSULT"):  # verbal support is only the pledge
                    announced.append(_announced_copy(c))
                c.notes.append(f"stated intention ({c.type.lower()}): coded as agreement")
                c.type, c.mode = intent.get("cooperative_as", "AGREE"), None
            elif c.type in intent.get("hostile", []) and c.type != "THREATEN":
                if (
                    _announced_decision(clause)
                    or c.type == "COERCE"
                    and (c.mode in _POLICY_MODES or _announced_measure(tok))
                    # "a battalion will be deployed around the deposit": forces put in place
                    # are the deployment, planned (as "escorts would be doubled", gold/fresh)
                    or c.type == "MOBILIZE"
                    and any(x.dep_ == "nsubjpass" for x in tok.children)
                ):
                    # "said those who fail to leave would be deported", "no one would be held
                    # without evidence" (guide §1.7: future)
                    c.notes.append("decision announced: the act itself, planned")
                    continue
                if lemma(tok) not in _PURSUIT_VERBS:
                    # "will be hunted down", "will be brought to justice" are the threat
                    # alone (gold/fresh3 README, vows): no pursuit is coded beside them
                    announced.append(_announced_copy(c))
                c.notes.append(f"stated intention ({c.type.lower()}): coded as threat")
                c.mode = _threat_mode(intent, c)
                c.type = intent.get("hostile_as", "THREATEN")
            else:
                continue
            c.conf = max(c.conf, 0.7)
            c.notes.append("intent")
        cands.extend(announced)
        solo |= {id(x) for x in announced}

        # Merge same-type candidates that are syntactically one happening.
        parent = list(range(len(cands)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # "imposed a curfew and detained 11 suspects", "condemned the bombing and blamed X" are
        # two acts: clusters whose entries name different modes are not merged
        # (`_MODE_SPLIT_TYPES`).
        modes_of = {i: {c.mode} if c.mode else set() for i, c in enumerate(cands)}
        for i, c in enumerate(cands):
            if not c.mode and c.type == "PROTEST" and _demonstration(c.token):
                modes_of[i] = {"demo"}  # "protests and road blockades": demo + obstruct
        polarity_of = {
            i: {is_negated(c.token)} if c.token.pos_ in ("VERB", "AUX") else set()
            for i, c in enumerate(cands)
        }
        doers_of = {i: _own_doer(c.token, by_tok) for i, c in enumerate(cands)}
        for i, a in enumerate(cands):
            for j in range(i + 1, len(cands)):
                b = cands[j]
                if a.type != b.type:
                    continue
                ri, rj = find(i), find(j)
                if ri == rj:
                    continue
                if a.type in _MODE_SPLIT_TYPES and len(modes_of[ri] | modes_of[rj]) > 1:
                    continue
                if id(a) in solo or id(b) in solo:
                    continue  # an announced act is its own event, not part of what was done
                if _coordinated_speech_acts(a, b):
                    continue
                if a.type == "ASSAULT" and len(doers_of[ri] | doers_of[rj]) > 1:
                    # "killed three attackers after militants stormed a post", "repelled an
                    # attack by the TTP": each side's act is its own row (guide §1.3,
                    # fighting back)
                    continue
                if len(polarity_of[ri] | polarity_of[rj]) > 1:
                    # "the strikes hit only hideouts and not a single civilian was harmed":
                    # an act told and one denied are two rows (the denied one negated)
                    continue
                if _connected(a.token, b.token, lex):
                    parent[rj] = ri
                    modes_of[ri] |= modes_of[rj]
                    polarity_of[ri] |= polarity_of[rj]
                    doers_of[ri] |= doers_of[rj]
        clusters: dict[int, list[Candidate]] = {}
        for i, c in enumerate(cands):
            clusters.setdefault(find(i), []).append(c)
        for members in clusters.values():
            main = max(
                members,
                key=lambda c: (c.token.pos_ in ("VERB", "AUX", "ADJ"), -_depth(c.token), c.conf),
            )
            conf = max(c.conf for c in members)
            notes = [n for c in members for n in c.notes if n != "intent"]
            g = _Group(members=members, main=main, type=main.type, conf=conf, notes=notes)
            verb = main.token if main.token.pos_ != "NOUN" else main.token.head
            if _THREATENED_ACT in main.notes:
                g.factuality = "hypothetical"  # guide §1.2: the threatened act, beside the threat
            elif id(main) in charge_fact:
                g.factuality = charge_fact[id(main)]
            elif "intent" in main.notes or (
                main.type == "THREATEN" and any(ch.dep_ == "neg" for ch in verb.children)
            ):
                # "will not tolerate", "will not be spared", "our patience is not unlimited":
                # the negation is the threat's form
                g.factuality = "asserted"
            g.mode = self._mode(sent, g)
            if (
                g.type == "PROTEST"
                and not any(c.mode for c in members)
                and _demonstration(main.token)
                and any(c.type == "PROTEST" and c.mode for c in cands)
            ):
                g.mode = "demo"  # kept apart from a blockade or strike beside it
            groups.append(g)
        return groups

    def _is_repeat_mention(
        self, c: Candidate, tok_actor: dict[int, ActorMention], triggers: set[int] | None = None
    ) -> bool:
        """ "The attack", "the blast" after the event was already coded: a reference back to it.

        News names an incident once and then keeps talking about "the attack"; only a noun
        phrase that adds something new (a perpetrator, a target, a date) may be a new event.
        """
        tok = c.token
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        dets = [ch for ch in tok.children if ch.dep_ in ("det", "poss")]
        if not dets or not all(d.lower_ in _DEFINITE_DETS for d in dets):
            return False
        if any(
            ch.dep_ in ("amod", "advmod") and lemma(ch) in _ANOTHER_WORDS for ch in tok.children
        ):
            return False  # "the next strike", "the new offensive": another event than the last
        for ch in tok.subtree:
            if ch.i == tok.i:
                continue
            if ch.i in tok_actor or ch.ent_type_ in ("DATE", "TIME", "GPE", "ORG", "NORP"):
                return False
            if ch.dep_ == "prep" and ch.head.i == tok.i and ch.lower_ in ("by", "on", "against"):
                return False
        # "the protest began in the Argo district": where and when it happened hang on the verb
        # of occurrence, and a mention that places or dates the event is coded
        if (
            tok.dep_ == "nsubj"
            and lemma(tok.head) in _OCCURRENCE_VERBS
            and any(
                t.ent_type_ in _WHEN_WHERE
                for ch in tok.head.children
                if ch.dep_ in ("prep", "npadvmod")
                for t in ch.subtree
            )
        ):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and _clause_dates_or_places(tok, triggers or set()):
            # "The designations came a week after …", "The summons was the third in two
            # months": the sentence about the event gives it a time or place (guide §6)
            return False
        if tok.dep_ == "dobj" and lemma(tok.head) in _AUTHORSHIP_VERBS:
            # "its Majeed Brigade had carried out the attack": a claimed or attributed author is
            # new information about the event (guide §1.3: a separate row)
            subj = subject_of(tok.head)
            if subj is not None and any(
                t.i in tok_actor or lemma(t) in self.lexicon.anaphoric_nouns for t in subj.subtree
            ):
                return False
            if subj is None and _charged_gerund(tok.head):
                # "accused the security forces of carrying out the strike": the charge names
                # an author of its own, a separate alleged row (guide §1.3)
                return False
        return True

    def _is_backreference(self, c: Candidate) -> bool:
        """A noun trigger inside "after/amid/... X" points at an earlier event, not a new one."""
        tok = c.token
        if tok.pos_ not in ("NOUN", "PROPN") or c.from_pattern and tok.dep_ not in ("pobj",):
            return False
        if c.entry_index == _FOLLOWUP_ENTRY:
            return False  # "most of the victims": chosen as a mention of the last attack
        if c.from_pattern and c.span and tok.doc[c.span[0]].dep_ == "prep":
            return False  # the pattern spells out the preposition: "in protest"
        if c.from_pattern and c.span and tok.sent.root.i in range(*c.span):
            # "gunmen on a motorcycle shot dead a man": the parser took "shot" for a noun after
            # "on", but the phrase holds the clause's root: it is the sentence's own act
            return False
        if tok.dep_ == "pobj" and lemma(tok.head.head) in self.lexicon.series_nouns:
            return False
        if (
            tok.dep_ == "pobj"
            and lemma(tok.head.head) in _CASUALTY_VERBS
            and _is_attributive_participle(tok.head.head)
        ):
            # "each soldier killed in the ambush" describes the victims of an earlier event
            return True
        if (
            c.type == "CONSULT"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and lemma(tok.head.head) in _PURPOSE_MOTION_VERBS
        ):
            return False  # "is in Addis Ababa for consultations", "flew in for talks": the visit
        if c.fresh:
            return False  # its own phrase places or dates it (`_fresh_nominal`)
        if (
            c.type == "CONSULT"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("during", "on")
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)
        ):
            return False  # "signed during a two-day visit by X", "on a visit to Kabul": told here
        if tok.dep_ == "pobj" and any(
            ch.dep_ == "prep"
            and ch.lower_ == "by"
            or ch.dep_ == "acl"
            and ch.tag_ == "VBN"
            and any(a.dep_ == "agent" for a in ch.children)
            # "a hold on the requests, which Norway had submitted": a named author too
            or ch.dep_ == "relcl"
            and any(a.dep_ == "nsubj" and a.pos_ == "PROPN" for a in ch.children)
            for ch in tok.children
        ):
            # "protested against the closure of their shops by the district authorities", "in
            # a strike called by traders": a mention naming who did it tells the act here (as
            # `_is_repeat_mention` keeps a mention with a perpetrator), it does not recall one
            return False
        if _prospective_condition(tok):
            return False
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "during"
            and lemma(tok) not in _OPERATION_NOUNS
            and not any(
                d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in tok.children
            )
        ):
            # "detained 14 suspects during house-to-house searches", "seized pistols during
            # raids on flats": an act told as the setting of another, first named here (only
            # "during the raid" recalls one); an operation's own acts stand for it (guide §10)
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in self.lexicon.backreference_preps:
            # "killed in an attack on ...", "died in the blast" are the event itself.
            gov = tok.head.head
            return not (
                tok.head.lower_ in ("in", "during", "on")
                and gov.pos_ in ("VERB", "AUX")
                and lemma(gov) in _CASUALTY_VERBS
            )
        return tok.dep_ in ("compound", "poss", "amod")

    def _mode(self, sent: Span, g: _Group) -> str | None:
        # "gunmen shot dead a senior cleric", "killed a provincial governor": a killing aimed at
        # a particular person is a target killing (guide §1.2 table), unless a bomb or strike did it
        targeted = g.type == "ASSAULT" and any(_targeted_victim(c.token) for c in g.members)
        for c in g.members:
            if c.from_pattern and c.mode:
                return "targeted" if targeted and c.mode == "firearms" else c.mode
        member_modes = [c.mode for c in g.members if c.mode]
        table = self.lexicon.modes.get(g.type)
        if table:
            near: set[str] = set()
            for c in g.members:
                near |= _own_phrase_words(c.token)
            ranked = [m for m, _ in table]
            cue_modes = [m for m, cues in table if cues & near]
            if not cue_modes and g.type not in _OWN_PHRASE_MODE_TYPES:
                words = _sentence_words(sent)
                if g.type == "CONSULT":
                    # "Qatar, which mediated a ceasefire last year, said it was in contact with
                    # both", "elders who brokered the surrenders said talks were under way": a
                    # relative clause describes a party, not how this meeting is held
                    words = _words_outside_relatives(sent, {c.token.i for c in g.members})
                cue_modes = [m for m, cues in table if cues & words]
            # How it was done (abduction, torture...) beats what the sentence says was used.
            method = [m for m in member_modes if m not in _INSTRUMENT_MODES]
            if method:
                return None if method[0] == _NULL_MODE else method[0]
            choices = set(member_modes) | set(cue_modes[:1])
            if targeted and not choices & _HEAVY_INSTRUMENT_MODES:
                return "targeted"
            if g.type != "ASSAULT" and member_modes:
                return g.main.mode or member_modes[0]
            for m in ranked:
                if m in choices:
                    return None if m == _NULL_MODE else m
        return g.main.mode or (member_modes[0] if member_modes else None)

    # ------------------------------------------------------------------ records

    def _records(
        self,
        linked: LinkedDoc,
        sent: Span,
        g: _Group,
        tok_actor: dict[int, ActorMention],
        tok_place: dict[int, PlaceMention],
        extractor: str,
    ) -> list[EventRecord]:
        doc = linked.doc
        main = g.main
        tok = main.token
        lex = self.lexicon
        # The token whose syntax carries the arguments: a noun hanging on a light verb uses it.
        anchor = _anchor(tok, lex)
        if anchor.i != tok.i and g.type == "ASSAULT":
            doer = _own_doer(tok, {})
            by_doer = tok.pos_ == "NOUN" and any(
                c.i in tok_actor for c in _prep_objects(tok, ("by",))
            )
            if by_doer and doer != _own_doer(anchor, {}):
                # "repelled an attack by the TTP on a post": the attack's own parties, not
                # the repelling side's
                anchor = tok
                g.own_noun = True
        actors, recipients, objects = self._arguments(g, anchor, tok_actor, lex)
        if len(actors) > 1 and len({getattr(a, "_coord", None) for a in actors}) == 1:
            # "Kazakhstan and Afghanistan's Taliban administration signed": one row per party,
            # the first-named first (guide §1.3), however the parser nested the names
            actors.sort(key=lambda a: min(getattr(a, "_tokens", None) or {len(doc)}))
        for c in g.members:
            if c.token.i == main.token.i:
                continue
            act, rec, more = self._arguments(
                _Group([c], c, c.type), _anchor(c.token, lex), tok_actor, lex
            )
            objects = objects + more
            if g.type in self.recipient_cues.answer_types and any(
                a.dep_ == "ccomp" and anchor.is_ancestor(a) for a in [c.token, *c.token.ancestors]
            ):
                # "denied that the group had sheltered militants": the parties of what is
                # denied are not whom the denial answers
                rec = []
            if g.type in _VERBAL_TYPES and recipients and anchor.is_ancestor(c.token):
                # "accused 'hostile agencies' of funding the insurgents": the parties of what
                # is said do not displace whom the statement is addressed to
                rec = []
            participle = c.token
            while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
                participle = participle.head  # "killing two guards and wounding an engineer"
            resulting = (
                c.token.tag_ == "VBG"
                and participle.dep_ == "advcl"
                and participle.head.i == anchor.i
                and g.type == "ASSAULT"
            )
            own_losses = bool(
                rec
                and actors
                and (_same_party(rec[0], actors[0]) or _affiliated(rec[0], actors[0], linked))
            )
            if own_losses and recipients:
                # "troops killed three militants ..., and one soldier had been wounded": the
                # actor's own losses do not displace whom it acted on
                rec = []
            if rec and (
                not recipients
                # "fired on a vehicle carrying a survey team, killing two guards": the target
                # fired on, as described, not whoever the toll names
                or (rec[0].id and not recipients[0].id and not resulting)
                # "two people were killed when forces opened fire on farmers": the group fired
                # on says who the counted victims were
                or (
                    _counted_people(recipients[0], self.recipient_cues)
                    and not _counted_people(rec[0], self.recipient_cues)
                )
            ):
                recipients = rec
            if act and (not actors or (act[0].id and not actors[0].id)):
                actors = act

        # A party named only by a place the linker kept as a place ("thanked Kazakhstan",
        # "visited Kabul"): a country stands for its government; a city is where a visit
        # goes, and its host is the government of that country (guide §1.2, visit)
        destination: PlaceMention | None = None
        destinations: list[PlaceMention] = []
        visited_at: dict[str, PlaceMention] = {}
        for refs in (actors, recipients):
            kept: list[ActorRef] = []
            for ref in refs:
                pm = _place_named(ref, tok_place, linked)
                named = linked.places[pm.place_id or ""] if pm is not None else None
                gov = (
                    _government(linked, named.country)
                    if named and named.kind == "country"
                    else None
                )
                if gov is not None:
                    kept.append(gov)
                elif pm is not None and refs is recipients and g.type == "CONSULT":
                    # "travel to Islamabad and Kabul": the place is the first destination
                    # named; each host is a party visited (guide §6, one row per recipient)
                    destination = destination or pm
                    destinations.append(pm)
                else:
                    kept.append(ref)
            refs[:] = kept
        if lemma(tok) in self.recipient_cues.envoy_verbs:
            # "summoned Pakistan's charge d'affaires": the envoy stands for his government
            recipients = [_as_state(r, linked) for r in recipients]
        if g.type in self.recipient_cues.counterpart_types and recipients:
            toks: set[int] = getattr(recipients[0], "_tokens", set())
            head = next((doc[i] for i in sorted(toks) if doc[i].head.i not in toks), None)
            if head is not None and any(
                c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in head.children
            ):
                # "would protect its citizens": a warning or pledge is not addressed to the
                # speaker's own people; the other side is found later
                recipients = recipients[1:]
        if destination is not None:
            visitor = _country_of(actors[0], linked) if actors else None
            hosts: list[ActorRef] = []
            for pm in destinations:
                visited_place = linked.places[pm.place_id or ""]
                country = visited_place.country
                host = _government(linked, country) if country != visitor else None
                if (
                    host is None
                    and visited_place.kind == "country"
                    and country
                    and country != visitor
                ):
                    # "travelled to India" in a story that names India nowhere else: the
                    # country's own id (a country's actor id is its ISO3 code)
                    host = ActorRef(id=country, name=visited_place.name, text=pm.text)
                if host is not None and all(h.id != host.id for h in hosts):
                    host._coord = destination.start  # type: ignore[attr-defined]
                    hosts.append(host)
                    # "travel to Kabul and Islamabad": each visit is to its own city
                    visited_at.setdefault(host.id or "", pm)
            if hosts and actors:
                # "Muttaqi travelled to India, the first such visit by a Taliban minister": a
                # visitor's own side, named again, is not whom the visit is to
                recipients = [r for r in recipients if not _affiliated(r, actors[0], linked)]
            if hosts and not recipients:
                recipients = hosts

        clause_parties = (
            self._refs(_clause_party_heads(anchor), tok_actor, lex, require_actor=True)
            if g.type in _CLAUSE_TARGET_TYPES and not recipients
            else []
        )

        trig_tokens = g.trigger_tokens or _trigger_tokens(main, doc)
        first_t = min(trig_tokens, key=lambda t: t.i)
        last_t = max(trig_tokens, key=lambda t: t.i)
        t_start = first_t.idx
        t_end = last_t.idx + len(last_t.text)
        # a span's text is the same slice of the document, without rebuilding the whole text
        # of the document (Doc.text joins every token) once per event
        trigger_text = doc[first_t.i : last_t.i + 1].text

        reported_by, report_tok = self._reported_by(sent, tok, tok_actor)
        if (
            g.type in _SPEECH_TYPES - {"CONSULT"}  # a meeting or visit is not done by saying
            and _is_identified(reported_by)
        ):
            first = actors[0] if actors else None
            speaker = linked.actors.get(reported_by.id or "")
            if first is None and not any(c.dep_ == "agent" for c in anchor.children):
                # "said the attackers would be hunted down": a warning, pledge or demand in
                # what someone says is that speaker's own act
                actors = [reported_by]
            elif (
                first is not None
                and _is_identified(first)
                and first.id != reported_by.id
                and getattr(linked.actors.get(first.id or ""), "kind", None) != "person"
                # "said the two sides agreed": both parties, not the speaker alone
                and getattr(first, "_anaphor", None) != "pair"
                and speaker is not None
                and _affiliated(first, reported_by, linked)
                and not any(
                    c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in anchor.children
                )
            ):
                # "Asif told parliament that Pakistan would strike ...", "the ISPR said Pakistan
                # expects ...": the official speaks for the state, and the threat or demand is
                # the official's act (an earlier act it reports, "had lodged", stays the state's)
                actors = [reported_by, *actors[1:]]
        if g.type == "ACCUSE" and reported_by is not None:
            reproached = _reproached_blamer(tok)
            if reproached is not None:
                # "X said Pakistan should look inward instead of blaming its neighbours": the
                # speaker reproaches the blamer; the blame itself is only what is reproached
                blamer = self._refs([reproached], tok_actor, lex, require_actor=True)
                if blamer:
                    actors, recipients = [reported_by], blamer[:1]
        if (
            g.type == "ACCUSE"
            and _is_identified(reported_by)
            and tok.dep_ in ("attr", "oprd")
            and lemma(tok.head) == "be"
            and not (actors and _is_identified(actors[0]))
        ):
            # "said the attackers were proxies of ...", "the dead men were Indian-sponsored
            # terrorists": the speaker characterises the subject; a party the label names is
            # the one accused, else the subject itself
            labelled = self._refs(
                [t for t in tok.subtree if t.i != tok.i and t.i in tok_actor],
                tok_actor,
                lex,
                require_actor=True,
            )
            subject = [a for a in actors if not _same_party(a, reported_by)]
            actors, recipients = [reported_by], (labelled or subject or recipients)[:1]
        labelled_people = [
            c
            for c in anchor.children
            if c.dep_ in ("dobj", "obj")
            and (c.pos_ == "PRON" or c.i in tok_actor or lemma(c) in lex.anaphoric_nouns)
        ]
        if g.type == "ACCUSE" and anchor.pos_ == "VERB" and labelled_people:
            # "described them as 'Indian-sponsored terrorists'", "branded the group a proxy of
            # Kabul": a party the label names is the one accused, not the people labelled
            # (a label for an act, "condemned the strikes as a violation of Afghanistan's
            # sovereignty", names the wronged party instead)
            label = [
                t
                for c in anchor.children
                if c.dep_ in ("prep", "oprd") and (c.lower_ == "as" or c.dep_ == "oprd")
                for t in c.subtree
                if t.i in tok_actor
            ]
            sponsors = [
                r
                for r in self._refs(label, tok_actor, lex, require_actor=True)
                if _is_identified(r)
                and not (actors and _same_party(r, actors[0]))
                and not (actors and _affiliated(r, actors[0], linked))
            ]
            if sponsors:
                recipients = sponsors[:1]
        source_text = ""
        if report_tok is not None:
            # the whole source phrase ("local officials and relatives"), not just its head
            src = report_tok if report_tok.lower_ == "according" else subject_of(report_tok)
            source_text = " ".join(t.text for t in src.subtree) if src is not None else ""
        used_tokens: set[int] = set()
        for ref_list in (actors, recipients):
            for ref in ref_list:
                used_tokens |= getattr(ref, "_tokens", set())
        place = self._place(linked, sent, g, anchor, tok_place, report_tok, used_tokens)
        own_place = place is not None
        visited = {r.name for pm in visited_at.values() if (r := linked.place_ref(pm)) is not None}
        if destination is not None and place is None:
            place = linked.place_ref(destination)
        date_value, precision, date_attached = self._date(sent, g, anchor, linked.published)

        fatalities = injured = None
        notes = list(dict.fromkeys(g.notes))
        if g.type == "ASSAULT":
            region = _group_region(g, sent)
            cas = parse_casualties(sent, tokens=region)
            if (
                cas.fatalities is None
                and cas.injured is None
                and not cas.notes
                and _count_assault_groups(sent, self) <= 1
            ):
                cas = parse_casualties(sent)
            fatalities, injured = cas.fatalities, cas.injured
            notes.extend(cas.notes)

        event_year = int(date_value[:4]) if date_value else None
        factuality = g.factuality or classify_factuality(
            sent,
            tok,
            published=linked.published,
            event_year=event_year,
            # only a date the trigger's own clause gives says when this event happened
            event_date=date_value if date_attached else None,
            event_type=g.type,
        )
        actor0 = actors[0] if actors else None
        if getattr(actor0, "_anaphor", None) in ("poss", "pron") and _is_identified(reported_by):
            # "the TTP said its fighters ...": the speaker's own act (resolved after the
            # document is coded, but its account is already one side's here)
            actor0 = reported_by
        if (
            factuality == "asserted"
            and reported_by is not None
            and _one_sides_account(
                reported_by,
                actor0,
                recipients[0] if recipients else None,
                g.type,
                linked,
                place.country if place is not None else None,
            )
        ):
            factuality = "alleged"
            notes.append("one party's account of an act involving a named adversary: alleged")
        if (
            g.type in _SPEECH_TYPES
            and factuality == "alleged"
            and not (
                # "Dar said Muttaqi had promised to ...": what one of the article's two sides
                # says the other side said stays that side's account
                reported_by is not None
                and actor0 is not None
                and {_country_of(reported_by, linked), _country_of(actor0, linked)}
                == set(linked.focus_countries[:2])
                and len(linked.focus_countries) >= 2
            )
        ):
            # the statement itself was made; doubt about what it says is the claim's (guide
            # §1.7: alleged events are known only through a party's contested account)
            factuality = "asserted"
            notes.append("a statement reported as made: asserted")
        if g.type in _THREAT_TYPES and factuality in ("future", "hypothetical"):
            # "warned Pakistan would respond if ...": the warning is made now; only the act
            # it announces is future or conditional (coded as its own event)
            factuality = "asserted"
            notes.append("a threat made now: asserted")
        if factuality == "future" and date_value is not None and _future_form(anchor):
            # "agreed to meet again in January": the coming January, not the last one
            date_value, precision, _ = self._date(sent, g, anchor, linked.published, future=True)
        if factuality in _UNDATED_FACTUALITY:
            # a pattern or a conditional has no single day on which it happened (guide §1.5:
            # "generic → null"), whatever span the sentence names ("since 2021")
            date_value = precision = None

        contexts = self._contexts(sent, g, actors + recipients, linked)
        conf = g.conf
        if actors:
            conf += 0.08
        if recipients:
            conf += 0.04
        if anchor.dep_ == "ROOT" or (
            anchor.dep_ in ("ccomp", "parataxis")
            and lemma(anchor.head) in lex.reporting_verbs
            and _subordination(anchor.head, lex) == 0
        ):
            conf += 0.06
        conf -= 0.08 * _subordination(anchor, lex)
        # A reason given in a side clause ("staged rallies, saying he must resign") is the
        # motive of the main act, not what the sentence reports happened.
        conf -= _SIDE_REPORT_PENALTY * _side_report_depth(anchor, self._speech_verbs, lex)
        if len(g.members) > 1:
            conf += 0.03
        if factuality in ("negated", "hypothetical"):
            # What did not (or may) happen is rarely what the sentence reports.
            conf -= 0.1
        conf = round(min(conf, 0.99), 3)

        out: list[EventRecord] = []
        mutual = self._mutual(sent, g, anchor)
        if mutual is not None and not recipients:
            # "engaged in a firefight with TTP militants", "a clash with border guards": the
            # partner of a mutual act is the one it is done with
            partner = self._mutual_partner(g, anchor, tok_actor)
            if partner is not None and not _same_party(partner, actors[0] if actors else None):
                recipients = [partner]
        actor_list: list[ActorRef | None] = list(actors) or [None]
        # "sanctioned two TTP commanders and an exchange business", "23 militants of HGB and
        # the TTP were killed": one row per named recipient, the casualty figure on the first
        # only (guide §6)
        rows: list[tuple[int, ActorRef | None, ActorRef | None]] = []
        for i, actor in enumerate(actor_list):
            rows.append((i, actor, recipients[0] if recipients else None))
            if len(actor_list) == 1:
                rows.extend((i, actor, r) for r in _further_recipients(recipients, actor))
        for n, (i, actor, target) in enumerate(rows):
            recipient = target
            if (
                recipient is None
                and len(actor_list) > 1
                and (g.type in _SYMMETRIC or self._reciprocal(sent, main.token))
            ):
                others = [a for j, a in enumerate(actor_list) if j != i and a is not None]
                recipient = others[0] if others else None
            # "its fighters" is the speaker's own side, not the party the linker guessed
            own = (
                reported_by
                if getattr(actor, "_anaphor", None) in ("poss", "pron")
                and _is_identified(reported_by)
                else actor
            )
            if (
                recipient is not None
                and own is not None
                and recipient.id
                and recipient.id == own.id
            ):
                recipient = recipients[1] if len(recipients) > 1 else None
            sentence_text, sentence_span = sentence_extent(sent)
            record = EventRecord(
                sentence=sentence_text,
                sentence_span=sentence_span,
                span=(t_start, t_end),
                trigger=trigger_text,
                type=g.type,
                mode=g.mode,
                context=contexts,
                actor=_plain(actor, linked),
                recipient=_plain(recipient, linked),
                place=(
                    linked.place_ref(visited_at[recipient.id or ""])
                    if recipient is not None
                    and recipient.id in visited_at
                    # a place of its own that is not one of the cities visited stands
                    and not (own_place and place is not None and place.name not in visited)
                    else place
                ),
                date=date_value,
                date_precision=precision,
                fatalities=fatalities if n == 0 else None,
                injured=injured if n == 0 else None,
                factuality=factuality,
                reported_by=_plain(reported_by, linked),
                confidence=conf,
                extractor=extractor,
                notes=list(notes),
            )
            record._objects = objects  # type: ignore[attr-defined]
            record._clause_parties = clause_parties  # type: ignore[attr-defined]
            record._source_text = source_text  # type: ignore[attr-defined]
            record._subject = None if actors else subject_of(anchor)  # type: ignore[attr-defined]
            record._mutual = mutual  # type: ignore[attr-defined]
            record._anaphor = {  # type: ignore[attr-defined]
                "actor": getattr(actor, "_anaphor", None),
                "recipient": getattr(recipient, "_anaphor", None),
            }
            out.append(record)
        return out

    def _mutual(self, sent: Span, g: _Group, anchor: Token) -> str | None:
        """Whether each side performs the act ("clashed with", "in the gunfight that
        followed", "agreed to a ceasefire"): how the reversed row's mode is taken ("same" or
        "null", with " named" when a noun names the mutual act), or None."""
        if g.type == "ASSAULT":
            words = self.recipient_cues.reciprocal
        elif g.type == "AGREE":
            words = _MUTUAL_AGREEMENTS
        else:
            return None
        toks = [c.token for c in g.members] + [anchor]
        # "engaged in a firefight with", "agreed to a ceasefire", "a truce agreed in Doha",
        # "killed three attackers in the gunfight that followed"
        toks += [
            t
            for x in list(toks)
            for t in (*x.children, *(p for c in x.children if c.dep_ == "prep" for p in c.children))
            if t.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")
        ]
        toks += [x.head for x in list(toks) if x.dep_ in ("acl", "relcl")]
        for t in toks:
            if (
                t.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "dobj" for c in t.children)
                and lemma(t) not in ("exchange", "trade")
            ):
                # "fought the Taliban", "were fighting the Islamic State": one side's campaign
                # against the other (a mutual act takes its partner with "with")
                continue
            if t.i != anchor.i and not t.is_ancestor(anchor) and _depth_below(t, anchor) > 3:
                # "civilians from families displaced by earlier fighting had died": a mutual
                # act that only describes a participant is not what this act is
                continue
            # "there had been no fighting of any kind": a denied mutual act is denied for
            # each side, one negated row per direction like an asserted one
            if {lemma(t), t.lower_} & words:
                # "exchanged fire": the fire is each side's; a clash tells no weapon for the other
                how = "same" if lemma(t) in ("exchange", "trade") else "null"
                # a noun ("in the gunfight that followed") names a mutual act even with one
                # side told; a verb with one side ("fought for decades", "fought alongside
                # them") may be that side's own fight
                return how + (" named" if t.pos_ in ("NOUN", "PROPN") else "")
        return None

    def _mutual_partner(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention]
    ) -> ActorRef | None:
        heads = [anchor, *(c.token for c in g.members)]
        heads += [p for h in list(heads) for p in _prep_objects(h)]
        for h in heads:
            for pobj in _prep_objects(h, ("with", "against")):
                ref = _ref_for(pobj, tok_actor, self.lexicon, require_actor=True)
                if ref is not None:
                    return ref
        return None

    def _reciprocal(self, sent: Span, tok: Token) -> bool:
        """ "A and B exchanged fire", "blamed each other": each acts on the other."""
        low = sent.text.lower()
        return (
            lemma(tok) in self.recipient_cues.reciprocal
            # "A and B traded accusations": the verb that governs the act makes it mutual
            or (tok.dep_ == "dobj" and lemma(tok.head) in self.recipient_cues.reciprocal)
            or "each other" in low
            or "one another" in low
        )

    def _arguments(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> tuple[list[ActorRef], list[ActorRef], list[Token]]:
        tok = g.main.token
        actor_heads: list[Token] = []
        recipient_heads: list[Token] = []
        between: list[ActorRef] = []
        by_hand: list[Token] = []  # "at the hands of X"
        passive = passive_subject(anchor)
        agent = next(iter(_prep_objects(anchor, deps=("agent",))), None)
        if tok.pos_ in ("NOUN", "PROPN") and anchor.i == tok.i:
            # A bare nominal event: "a Pakistani airstrike on ...", "the TTP's attack", "attack by X".
            for c in tok.children:
                if c.dep_ == "poss" or (
                    c.dep_ in ("compound", "amod") and _is_actorish(c, tok_actor, lex)
                ):
                    actor_heads.append(c)
                if c.dep_ == "prep" and c.lower_ == "by":
                    actor_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting", "with"):
                    recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and self._victim_genitive(tok, g.type, c):
                    # "the killing of religious scholars": whom the act was done to
                    recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ == "between" and not actor_heads:
                    # "talks between Pakistani and Afghan officials", "clashes between farmers
                    # and eradication teams": the first party named acts on the other
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                    parties = self._refs(pobjs, tok_actor, lex, require_actor=True)
                    if len(parties) > 1:
                        between = parties
            if tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB",):
                recipient_heads.extend(c for c in tok.head.children if c.dep_ == "dobj")
            noun = tok.head if tok.dep_ == "compound" else tok
            if (
                not actor_heads
                and noun.dep_ in ("dobj", "obj")
                and {lemma(noun.head), noun.head.lower_} & _STAGING_VERBS
            ):
                # "Relatives of the missing staged a sit-in", "launched an offensive": who
                # stages the act does it
                doer = subject_of(noun.head)
                if doer is not None:
                    actor_heads.append(doer)
            if (
                not actor_heads
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.pos_ == "VERB"
                and g.type == "PROTEST"
                and lemma(tok) == "protest"
            ):
                # "they are reluctant to shut clinics in protest": who does it in protest
                verb = tok.head.head
                doer = subject_of(verb)
                if doer is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
                    doer = subject_of(verb.head.head)
                if doer is not None:
                    actor_heads.append(doer)
        else:
            reduced = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
            if (
                passive is None
                and reduced is not None
                and anchor.tag_ == "VBN"
                and anchor.dep_ == "conj"
                and lemma(anchor) in _CASUALTY_VERBS
                and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
            ):
                # "Four children were killed and five other people wounded": the elided
                # passive's subject is a victim
                passive = reduced
            if (
                passive is None
                and reduced is None
                and anchor.tag_ == "VBN"
                and anchor.dep_ == "conj"
                and anchor.head.tag_ == "VBN"
                and passive_subject(anchor.head) is not None
            ):
                # "was detained by the intelligence service in March and accused of espionage":
                # the second passive shares the first one's subject (and, with none of its
                # own, its agent)
                passive = passive_subject(anchor.head)
                if agent is None:
                    agent = next(iter(_prep_objects(anchor.head, deps=("agent",))), None)
            if passive is not None and passive.i <= _dateline_end(anchor.doc):
                # "TORKHAM, Pakistan — More than 9,000 Afghans were deported": the parser made
                # the dateline the subject and hung the real one on it
                passive = next(
                    (
                        c
                        for c in [*anchor.children, *passive.children]
                        if c.dep_ in ("nsubjpass", "appos") and c.i > _dateline_end(anchor.doc)
                    ),
                    passive,
                )
            if passive is not None and anchor.tag_ == "VBN":
                recipient_heads.append(passive)
                if agent is not None:
                    actor_heads.append(agent)
                elif lemma(anchor) in _CASUALTY_VERBS:
                    # "12 civilians were killed in Pakistani air strikes": the author of the
                    # act they died in
                    actor_heads.extend(_cause_authors(anchor, tok_actor, lex))
            else:
                subj = subject_of(anchor)
                if subj is not None and subj.i <= _dateline_end(anchor.doc):
                    # "CHAMAN, Pakistan — Pakistani troops and Afghan forces exchanged fire":
                    # the parser may hang the real subject on the dateline as its apposition
                    subj = next(
                        (
                            c
                            for c in [*subj.head.children, *subj.children]
                            if (
                                (c.dep_ == "nsubj" and c.head.i == subj.head.i)
                                or (c.dep_ in ("appos", "conj") and c.head.i == subj.i)
                            )
                            and c.i > _dateline_end(anchor.doc)
                        ),
                        subj,
                    )
                if (
                    subj is not None
                    and subj.head.i == anchor.i
                    and subj.lower_ == "that"
                    and anchor.dep_ == "ccomp"
                ):
                    # "told reporters that IS-K had killed 11 clerics": the parser may take
                    # the complementiser for a subject beside the real one
                    subj = next(
                        (c for c in anchor.children if c.dep_ == "nsubj" and c.i > subj.i), None
                    )
                if (
                    subj is None
                    and anchor.dep_ == "dep"
                    and anchor.tag_ in ("VBD", "VBZ", "VBP")
                    and anchor.head.tag_ in ("VBD", "VBZ", "VBP")
                    and anchor.head.i < anchor.i
                ):
                    # "X called the killing a failure, demanded an inquiry and said ...": a
                    # verb of a series the parser left unattached shares the first one's subject
                    subj = subject_of(anchor.head)
                if subj is None:
                    subj = _raised_subject(anchor)
                if subj is not None and any(
                    self._victim_genitive(subj, g.type, c, any_type=True) for c in subj.children
                ):
                    # "The murder of X follows the killing of Y": an act named by whom it was
                    # done to is not a doer of anything
                    subj = None
                if (
                    subj is not None
                    and anchor.dep_ == "acl"
                    and subj.i == anchor.head.i
                    and has_to_marker(anchor)
                    and subj.dep_ in ("dobj", "obj")
                    and subj.i not in tok_actor
                    and _mention_in_phrase(subj, tok_actor) is None
                    and lemma(subj) not in lex.actor_nouns
                ):
                    # "the parliament approved a plan to deploy 1,500 troops": whoever adopts
                    # the plan (decision, order) is who means to do it
                    subj = subject_of(subj.head) or subj
                doer = _gerund_doer(anchor)
                if doer is not None:
                    # "accused Pakistani forces of firing mortars", "blamed the group for
                    # attacking": the object of the verb does what the gerund tells
                    subj = doer
                if (
                    tok.i != anchor.i
                    and lemma(anchor) in lex.reporting_verbs
                    and tok.dep_ not in ("dobj", "pobj", "nsubjpass")
                ):
                    subj = None  # "..., Taliban officials said, the second such raid": the source
                if (
                    tok.i != anchor.i
                    and tok.dep_ in ("dobj", "obj")
                    and lemma(anchor) in _NOTING_VERBS
                    # "the ANP observed a day of mourning": who keeps a strike or a day of
                    # protest does it
                    and not (g.type == "PROTEST" and lemma(anchor) == "observe")
                ):
                    # "border guards have not reported a single incursion", "monitors recorded
                    # 40 attacks": who notes an act is not who carried it out
                    subj = None
                speaker = (
                    _speaker_of_coordinated(anchor, lex)
                    # "said Pakistan remained committed ... and would attend the talks": a
                    # meeting, or an act the modal puts in what was said, is not the speaker's
                    if g.type in _VERBAL_TYPES
                    and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in anchor.children)
                    else None
                )
                if speaker is not None:
                    # "UNAMA said it had received reports ... and called for an inquiry": the
                    # parser hangs the second verb on the reported clause, but it is the
                    # speaker's own act
                    subj = speaker
                # "labourers picked up by security forces": a participle with an agent, even
                # one the tagger took for a past tense
                participle = anchor.tag_ == "VBN" or (anchor.dep_ == "acl" and agent is not None)
                if (
                    subj is not None
                    and subj.i == anchor.head.i
                    and anchor.dep_ == "acl"
                    and participle
                    and not any(c.dep_ in ("dobj", "nsubj") for c in anchor.children)
                    # a noun left as the root is the subject of a finite verb the parser
                    # misread as a participle ("China, which ..., called on both sides")
                    and anchor.head.dep_ != "ROOT"
                ):
                    # "the number of soldiers killed", "a commander blamed for the bombing":
                    # a passive participle's noun is what the act is done to, not its doer
                    subj = None
                if subj is not None:
                    actor_heads.append(subj)
                elif anchor.dep_ in ("acl", "amod") and participle:
                    recipient_heads.append(anchor.head)
                    if agent is not None:
                        actor_heads.append(agent)
                elif (
                    anchor.tag_ == "VBN"
                    and anchor.dep_ == "ccomp"
                    and anchor.head.dep_ == "relcl"
                    and any(c.dep_ == "auxpass" for c in anchor.children)
                ):
                    # "separatist groups it says are funded by India": the relative clause's
                    # noun is what the passive act is done to, its agent the doer
                    recipient_heads.append(anchor.head.head)
                    if agent is not None:
                        actor_heads.append(agent)
                for c in anchor.children:
                    if c.dep_ in ("dobj", "dative", "obj"):
                        recipient_heads.append(c)
                    if c.dep_ == "ccomp" and lemma(anchor) in _LETTING_VERBS:
                        # "should let UN monitors verify ...": whom the act lets do something
                        recipient_heads.extend(k for k in c.children if k.dep_ == "nsubj")
                if g.type in self.recipient_cues.answer_types:
                    # "refused to recognise the Taliban government": the party refused
                    recipient_heads.extend(
                        o
                        for x in anchor.children
                        # not a gerund: "denied hosting TTP leaders" is what is denied
                        if x.dep_ == "xcomp" and has_to_marker(x)
                        for o in x.children
                        if o.dep_ in ("dobj", "obj")
                    )
                if not any(
                    # "refused to recognise X and hosted Y": a verb with a clause of its own
                    # has its object there
                    c.dep_ in ("dobj", "dative", "obj", "xcomp", "ccomp")
                    for c in anchor.children
                ):
                    # "deported or pressured a million Afghans": an object the coordinated verb
                    # shares
                    recipient_heads.extend(
                        o
                        for v in anchor.children
                        if v.dep_ == "conj"
                        and v.pos_ == "VERB"
                        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children)
                        for o in v.children
                        if o.dep_ in ("dobj", "obj")
                    )
                if tok.i != anchor.i:
                    recipient_heads.extend(
                        _prep_objects(tok, ("on", "against", "with", "to", "targeting"))
                    )
                    # "carried out the killing of two elders"
                    recipient_heads.extend(
                        p
                        for c in tok.children
                        if self._victim_genitive(tok, g.type, c)
                        for p in c.children
                        if p.dep_ == "pobj"
                    )
                    recipient_heads = [r for r in recipient_heads if r.i != tok.i]
                # "demanded an inquiry into the strike": what a statement looks into is its
                # topic, not whom it is put to
                preps = _RECIPIENT_PREPS - ({"of", "into"} if g.type in _SPEECH_TYPES else {"of"})
                recipient_heads.extend(_prep_objects(anchor, preps))
                if g.type == "ASSAULT":
                    # "blew himself up among worshippers at a mosque": the people among whom
                    # an attack is set off are its target, before the building they are in
                    recipient_heads[:0] = _prep_objects(anchor, ("among",))
                hands = [r for r in recipient_heads if r.dep_ == "pobj" and lemma(r) == "hand"]
                for r in hands:
                    # "died at the hands of the Taliban", "had died at its hands": who did it
                    recipient_heads.remove(r)
                    by_hand.extend(
                        [c for c in r.children if c.dep_ == "poss"] or _prep_objects(r, ("of",))
                    )
                if lemma(anchor) in _HANDING_VERBS:
                    # "handed Kalashnikovs and rocket launchers to the chief minister": the
                    # one handed to receives the act, the things handed do not
                    taker = [
                        r for r in recipient_heads if r.dep_ == "pobj" and r.head.lower_ == "to"
                    ]
                    if taker:
                        recipient_heads = taker + [
                            r for r in recipient_heads if r not in taker and r.dep_ != "dobj"
                        ]
        if lemma(anchor) in lex.victim_verbs and anchor.pos_ in ("VERB", "AUX"):
            recipient_heads = actor_heads + recipient_heads
            actor_heads = []
        if by_hand and not actor_heads:
            actor_heads = by_hand
        if g.type == "MOBILIZE":
            # "troops were deployed", "moved fighters to Ghazni": the forces moved are the
            # mobilising side's own, and where they go is a place; only a party the move is
            # aimed at ("massed troops against X") is a recipient
            moved = [r for r in recipient_heads if r.dep_ in ("nsubjpass", "dobj", "obj")]
            if not actor_heads and agent is None:
                actor_heads = [r for r in moved if r.dep_ == "nsubjpass"][:1]
            aimed = ("against", "toward", "towards", "targeting")
            recipient_heads = [
                r
                for r in recipient_heads
                if r not in moved and r.dep_ == "pobj" and r.head.lower_ in aimed
            ] + [
                # "massed troops against X": the aim may hang on the forces' noun
                p
                for r in moved
                for p in _prep_objects(r, aimed)
            ]
        if g.type == "PROTEST":
            # "traders kept their shops shut": the protesters' own premises are how they
            # protest, not whom at (guide §10: the authority the protest is aimed at)
            recipient_heads = [
                r
                for r in recipient_heads
                if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in r.children)
            ]
        if g.type in self.recipient_cues.beneficiary_types:
            # "announced compensation of 1 million rupees for each family of the dead": who
            # the aid is for, inside the phrase of what is given, stands in for that phrase
            # (whose nearest party would be "the victims" of "the victims' families")
            recipient_heads = [
                p
                for r in recipient_heads
                for p in (
                    (
                        _beneficiaries(r, self.recipient_cues.people_nouns)
                        if r.dep_ in ("dobj", "obj")
                        else []
                    )
                    or [r]
                )
            ]
        if g.type == "AGREE":
            # "signed a contract with X": the party is the pact's other side, not the pact
            recipient_heads = [
                p
                for r in recipient_heads
                for p in (
                    [
                        w
                        # "signed a package of trade agreements with X": the pact may be
                        # named inside a measure of them
                        for pact in [r, *_prep_objects(r, ("of",))]
                        if r.dep_ in ("dobj", "obj") and lemma(pact) in _PACT_NOUNS
                        for w in _prep_objects(pact, ("with",))
                    ]
                    or [r]
                )
            ]
        # "condemned what he called the killing of civilians", "welcomed what she described
        # as India's friendship", "raided what they described as IS-K hideouts": the
        # teller's own words name the object acted on
        recipient_heads += [
            n
            for v in anchor.children
            if v.dep_ in ("ccomp", "dobj", "obj")
            and lemma(v) in _NAMING_VERBS
            and any(c.lower_ == "what" for c in v.children)
            for n in [
                *(c for c in v.children if c.dep_ == "oprd"),
                *_prep_objects(v, ("as",)),
            ]
        ]
        summed = _summing_noun(anchor, self.recipient_cues) if g.type in _SPEECH_TYPES else None
        if summed is not None:
            # "Residents said fighters had detained young men, a claim the ministry denied",
            # "..., a demand Washington has refused": the noun sums up what the sentence's
            # main clause tells, so the answer is to that clause's subject
            subj = next(
                (c for c in anchor.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if (
                subj is not None
                and subj.i not in {a.i for a in actor_heads}
                # "The report alleges that ..., a charge the TTP has denied": a document's
                # contents are not one party's charge
                and not {lemma(subj), subj.lower_}
                & (self.recipient_cues.report_nouns | _MESSAGE_NOUNS)
            ):
                recipient_heads = [subj] + [r for r in recipient_heads if r.i != summed.i]
        if g.type == "CONSULT" and lemma(anchor) in self.recipient_cues.topic_verbs:
            # "the two sides discussed water use": what was talked about, not with whom
            recipient_heads = [r for r in recipient_heads if r.dep_ not in ("dobj", "obj")]
        feeler = (
            next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
            if anchor.tag_ == "VBN"
            else next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
            if anchor.dep_ == "acomp"
            else None
        )
        if not {lemma(anchor), anchor.lower_} & self.recipient_cues.feeling_words:
            feeler = None
        if g.type in _SPEECH_TYPES and feeler is not None:
            # "UNAMA was deeply concerned by the killing", "said it was alarmed at the attack"
            # (an adjective or a passive, whose "by" the parser may take for an agent): the
            # one who feels it makes the statement, and what the feeling is about names the
            # act reacted to (its doer is whom the reaction is aimed at), as the object of
            # "condemned the killing" does
            recipient_heads = [r for r in recipient_heads if r.i != feeler.i]
            if not actor_heads:
                actor_heads = [feeler]
        objects = list(recipient_heads)
        if g.type in _SPEECH_TYPES and feeler is not None:
            objects += _prep_objects(anchor, _CAUSE_PREPS, deps=("prep", "agent"))
        if g.type in _SPEECH_TYPES:
            recipient_heads = self._addressed(g.type, recipient_heads, tok_actor, lex)
        actors = self._refs(actor_heads, tok_actor, lex, require_actor=False)
        # "would cooperate with any country that brings proof": no party in particular ("resist
        # any move in the Council" still names the Council)
        recipient_heads = [
            r
            for r in recipient_heads
            # (people are still whom an act is done to: "denied that any passengers died")
            if not (any(c.lower_ == "any" for c in r.children) and lemma(r) in _ANY_PARTY)
        ]
        recipients = self._refs(recipient_heads, tok_actor, lex, require_actor=True)
        if between and not actors:
            actors, recipients = between[:1], between[1:2] + recipients
        if actors and recipients:
            ids = {a.id for a in actors if a.id}
            recipients = [r for r in recipients if not (r.id and r.id in ids)] or recipients
        return actors, recipients, objects

    def _victim_genitive(
        self, noun: Token, etype: str, prep: Token, *, any_type: bool = False
    ) -> bool:
        """`prep` is the "of" of an act noun naming whom the act was done to ("the killing of
        clerics", "the abduction of two engineers")."""
        return (
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and (any_type or etype in _CARRY_RECIPIENT)
            and noun.pos_ == "NOUN"
            and {lemma(noun), noun.lower_} & self.recipient_cues.victim_genitive_nouns != set()
            and any(p.dep_ == "pobj" for p in prep.children)
        )

    def _addressed(
        self, etype: str, heads: list[Token], tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> list[Token]:
        """The object phrases of a statement that name whom it is addressed to. What is said
        about a party ("dismissed talk of foreign fighters", "rejected accusations of
        harbouring the TTP") names the party only as its author ("Pakistan's allegations");
        a demand for what is to be done to someone ("demanded the release of prisoners")
        is put to whoever holds them, not to them."""
        cues = self.recipient_cues
        kept: list[Token] = []
        for r in heads:
            words = {lemma(r), r.lower_}
            if etype == "REQUEST" and r.dep_ in ("dobj", "obj") and words & cues.theme_nouns:
                continue
            if (
                etype in ("ACCUSE", "REJECT", "SUPPORT")
                and (r.dep_ in ("dobj", "obj", "oprd") or _named_as(r))
                and r.i not in tok_actor
                and any(cues.event_nouns.get(w) == "ASSAULT" for w in words)
            ):
                # "condemned the killing of civilians": aimed at who killed them, named as
                # the author of the act ("the Pakistani strikes", "attacks by the TTP") or
                # found from the attack told before, not at its victims
                kept.extend(
                    c
                    for c in r.children
                    if c.dep_ in ("poss", "compound", "amod", "nmod")
                    and _is_actorish(c, tok_actor, lex)
                )
                # "blamed the attack on handlers across the border", parsed with "on" on the
                # noun: whom it is blamed on
                kept.extend(_prep_objects(r, ("by", "on") if lemma(r.head) == "blame" else ("by",)))
                continue
            if any(
                c.dep_ == "amod" and any(k.dep_ == "nsubj" for k in c.children) for c in r.children
            ):
                # "denied that the Emirate had sheltered Pakistani militants", parsed with the
                # clause's verb as a modifier of its object: the object is what is said
                continue
            if words & cues.content_nouns:
                if r.i in tok_actor and etype not in cues.answer_types:
                    # "welcomed the report" the linker took for its author's: kept (a denial
                    # answers the report's author, found from the document)
                    kept.append(r)
                    continue
                kept.extend(
                    c
                    for c in r.children
                    if c.dep_ in ("poss", "compound", "amod", "nmod")
                    and _is_actorish(c, tok_actor, lex)
                )
                continue
            kept.append(r)
        return kept

    def _refs(
        self,
        heads: list[Token],
        tok_actor: dict[int, ActorMention],
        lex: Lexicon,
        *,
        require_actor: bool,
    ) -> list[ActorRef]:
        refs: list[ActorRef] = []
        seen: set[tuple[str | None, str]] = set()
        for head in heads:
            split = _conjoined_modifiers(head, tok_actor)
            if split:
                # "Afghan and Pakistani forces": two parties sharing one head noun
                for m in split:
                    if (m.actor_id, "") not in seen:
                        seen.add((m.actor_id, ""))
                        joint = ActorRef(id=m.actor_id, name=None, text=m.text)
                        joint._coord = head.i  # type: ignore[attr-defined]
                        refs.append(joint)
                continue
            for h in _conjuncts(head):
                ref = _ref_for(
                    h,
                    tok_actor,
                    lex,
                    require_actor=require_actor,
                    people=self.recipient_cues.people_nouns,
                )
                if ref is not None and all(
                    i < _dateline_end(h.doc) for i in getattr(ref, "_tokens", {h.i})
                ):
                    continue  # the dateline's place names where the story was filed
                kind = _anaphor_kind(getattr(ref, "_head", h), ref, lex)
                if ref is None and h.lower_ == "we" and not require_actor and _quoted(h):
                    # "'... we will hit them wherever they hide'": the side quoted speaking
                    kind = "we"
                if kind in ("pron", "it", "we", "duo"):
                    ref = ActorRef(id=None, name=None, text=h.text)
                    ref._tokens = {h.i}  # type: ignore[attr-defined]
                if ref is None:
                    continue
                if lemma(h) in self.recipient_cues.generic_people:
                    named = _named_members(h, tok_actor, lex, self.recipient_cues)
                    if named is not None:
                        ref, kind = named, None
                ref._anaphor = kind  # type: ignore[attr-defined]
                # parties coordinated under one head ("Islamabad and Kabul") share it
                ref._coord = head.i  # type: ignore[attr-defined]
                key = (ref.id, ref.text if ref.id is None else "")
                if key in seen:
                    continue
                seen.add(key)
                refs.append(ref)
                for other in _conjoined_owners(h, ref, tok_actor):
                    if (other.actor_id, "") not in seen:
                        seen.add((other.actor_id, ""))
                        extra = ActorRef(id=other.actor_id, name=None, text=other.text)
                        extra._coord = head.i  # type: ignore[attr-defined]
                        refs.append(extra)
        return refs

    def _reported_by(
        self, sent: Span, tok: Token, tok_actor: dict[int, ActorMention]
    ) -> tuple[ActorRef | None, Token | None]:
        lex = self.lexicon
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            dep = cur.dep_
            cur = cur.head
            # A verb coordinated with "said" ("said ... and urged") is the narrator's report of
            # a second act by the speaker, not part of what the speaker said.
            if lemma(cur) in lex.reporting_verbs and dep in (
                "ccomp",
                "parataxis",
                "advcl",
                "xcomp",
                "dobj",
            ):
                subj = subject_of(cur)
                if subj is not None and subj.i <= _dateline_end(sent.doc):
                    # "KABUL — The front said ...": the parser made the dateline a subject too
                    subj = next(
                        (
                            c
                            for c in cur.children
                            if c.dep_ == "nsubj" and c.i > _dateline_end(sent.doc)
                        ),
                        None,
                    )
                if subj is not None and subj.i != tok.i and not subj.is_ancestor(tok):
                    ref = _ref_for(subj, tok_actor, lex, require_actor=False)
                    if ref is not None:
                        return ref, cur
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                to = t.doc[t.i + 1]
                pobj = next((p for p in to.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((p for p in t.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    ref = _ref_for(pobj, tok_actor, lex, require_actor=False)
                    if ref is not None:
                        return ref, t
        return None, None

    def _place(
        self,
        linked: LinkedDoc,
        sent: Span,
        g: _Group,
        anchor: Token,
        tok_place: dict[int, PlaceMention],
        report_tok: Token | None,
        used_tokens: set[int],
    ) -> PlaceRef | None:
        mentions = [
            m
            for m in linked.place_mentions
            if sent.start_char <= m.start and m.end <= sent.end_char
        ]
        mentions = [m for m in mentions if m.place_id]
        if not mentions:
            return self._dateline_place(linked, tok_place) if _points_here(anchor) else None
        # the dateline names where the story was filed; the dateline rule handles it
        # a participant's way into the scene ("militants who crossed into the Arandu area")
        # is part of its phrase but still says where the event happened
        entry = {
            t.i for v in sent if v.dep_ == "relcl" and lemma(v) in _ENTRY_VERBS for t in v.subtree
        }
        excluded: set[int] = (set(used_tokens) - entry) | set(range(_dateline_end(sent.doc) + 1))
        if report_tok is not None:
            for c in report_tok.children:
                if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to"):
                    excluded |= {t.i for t in c.subtree}
            if report_tok.lower_ == "according":
                excluded |= {t.i for t in report_tok.subtree}

        def tokens_of(m: PlaceMention) -> list[Token]:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            return list(span) if span is not None else []

        scored: list[tuple[float, PlaceMention]] = []
        member_tokens = {c.token.i for c in g.members} | {anchor.i}
        trigger_tokens = {c.token.i for c in g.members}
        staged = anchor.head if anchor.dep_ == "compound" else anchor
        if (
            anchor.pos_ in ("NOUN", "PROPN")
            and staged.dep_ in ("dobj", "obj")
            and {lemma(staged.head), staged.head.lower_} & _STAGING_VERBS
        ):
            # "staged a sit-in outside the Kalat deputy commissioner's office": the place of
            # the verb that stages the act is the act's
            member_tokens.add(staged.head.i)
        verbal = g.type in _SPEECH_TYPES and g.type != "CONSULT"
        if verbal:
            # where the statement was made: a place of the verb it is said with ("visited the
            # wounded in Quetta and said ...", "rallied in Landi Kotal, demanding ...")
            cur = anchor
            for _ in range(3):
                if cur.dep_ not in ("conj", "advcl", "ccomp") or cur.head.pos_ != "VERB":
                    break
                if cur.dep_ == "ccomp" and lemma(cur.head) not in self.lexicon.reporting_verbs:
                    break
                cur = cur.head
                if not any(a.dep_ in ("ccomp", "xcomp") for a in [cur, *cur.ancestors]):
                    # the narrated act ("met at Torkham"), not an act inside what someone
                    # said ("said the drone was launched from Badakhshan, and called on ...")
                    member_tokens.add(cur.i)
        scene: set[int] = set()
        if (
            g.type in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
            and anchor.dep_ == "conj"
            and anchor.head.pos_ == "VERB"
            # the main clause, or what its source says ("..., officials said")
            and (
                anchor.head.dep_ == "ROOT"
                or (
                    anchor.head.dep_ in ("ccomp", "parataxis")
                    and lemma(anchor.head.head) in self.lexicon.reporting_verbs
                )
            )
            and any(k.dep_ == "nsubj" for k in anchor.children)
        ):
            # a physical act told in a clause coordinated with the one that set the scene
            # ("tore through a patrol near Gichk", "flooded the road near Kerva")
            scene.add(anchor.head.i)
            scene |= {c.i for c in anchor.head.children if c.dep_ in ("dobj", "obj")}
        group_region = set()
        for member in g.members:
            group_region |= {t.i for t in member.token.subtree}
        group_region |= {t.i for t in anchor.subtree} if anchor.pos_ in ("VERB", "AUX") else set()
        # "hosting Taliban ministers, expanding trade through the Hairatan crossing", "they
        # justify exercises, and they give hardliners in Dushanbe ...": a verb coordinated with
        # a meeting or statement, or with a subject of its own, tells an act of its own with
        # its own place ("pledged to train technicians and to fund a school in Herat" is one
        # programme)
        group_region -= {
            t.i
            for c in anchor.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and c.i not in member_tokens
            and (
                g.type in _SPEECH_TYPES or any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
            )
            for t in c.subtree
        }
        if g.type == "ASSAULT":
            # "were wounded and taken to the Hayatabad Medical Complex in Peshawar": where the
            # victims were brought afterwards is not where they were hit
            group_region -= {
                t.i
                for c in anchor.children
                if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in member_tokens
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("to", "into")
                for t in p.subtree
            }
        for m in mentions:
            toks = tokens_of(m)
            if not toks or any(t.i in excluded for t in toks):
                continue
            root = max(toks, key=lambda t: -_depth(t))
            elsewhere = _described_elsewhere(root, member_tokens)
            if elsewhere and not (root.dep_ == "pobj" and root.head.head.dep_ == "relcl"):
                # "a strike on a hideout the TTP used to plan attacks in Bannu": a place deeper
                # in a relative clause describing the target tells where another deed was,
                # even when a preposition of place ("on a hideout") hangs it on the act ("freed
                # passengers from a train that men had hijacked in the Bolan Pass", on the
                # clause's own verb, may set the scene)
                continue
            score = 0.0
            cur = root
            for hops in range(6):
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in _PLACE_PREPS
                    and cur.head.head.i in scene
                    and cur.head.head.i not in member_tokens
                ):
                    # "a bomb tore through a patrol near Gichk, and gunmen then opened fire":
                    # the scene the same incident's first clause set (weaker than its own)
                    score = 1.0 - hops * 0.1
                    break
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in _PLACE_PREPS
                    and cur.head.head.i in member_tokens
                ):
                    score = 3.0 - hops * 0.2
                    if cur.head.lower_ == "from":
                        # "moved fighters from Helmand to Ghazni": where they came from is
                        # not where the act ends up happening, if the act names that too
                        score -= 0.5
                    if cur.head.head.i not in trigger_tokens:
                        # "strikes in Khost were presented in Islamabad": the trigger's
                        # own phrase before the verb it hangs on
                        score -= 0.25
                    break
                if cur.head.i == cur.i or (verbal and cur.dep_ in _CLAUSE_DEPS):
                    # what a statement is about ("accused India of attacks in Balochistan")
                    # is not where it was made
                    break
                cur = cur.head
            place = linked.places.get(m.place_id) if m.place_id is not None else None
            if (
                score == 0.0
                and root.i in group_region
                # "fighters from Ostra": where they came from, not where the act is
                and not (root.dep_ == "pobj" and root.head.lower_ == "from")
                # "Khyber Pakhtunkhwa Chief Minister Sohail Afridi announced ...": the title's
                # province says whose minister he is, not where the act was
                and not (
                    root.dep_ in ("compound", "poss")
                    and any(lemma(t) in _TITLE_NOUNS for t in [root.head, *root.head.children])
                    and root.head.i not in member_tokens
                )
                and not verbal
                and not elsewhere
                # "told us to leave Pakistan", "arming the BLA to destabilise Pakistan": a
                # country the act's own words name is not where it happened unless a
                # preposition of place says so ("girls in Afghanistan are barred")
                and (
                    getattr(place, "kind", None) != "country"
                    or (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS)
                )
            ):
                score = 2.0
            if (
                score == 0.0
                and lemma(anchor) in self.recipient_cues.envoy_verbs
                and root.dep_ == "pobj"
                and root.head.lower_ in ("in", "at")
                and root.head.head.dep_ in ("dobj", "obj")
                and root.head.head.head.i == anchor.i
            ):
                # "summoned the Afghan charge d'affaires in Islamabad": an envoy is summoned
                # where he is posted
                score = 2.5
            setting = (
                _clause_setting(root, anchor, member_tokens)
                if score == 0.0 and not verbal and not elsewhere
                else None
            )
            if setting is not None:
                # "a bomb tore through a pickup carrying a team in the Bara area, killing
                # two": a place of the act's own clause the parser hung on a noun in it is
                # still a name in the sentence, finer than the dateline (guide §1.4)
                score = 0.4
            if score == 0.0 and not _LOOSE_PLACE:
                # A place elsewhere in the sentence ("the waters of the Helmand", "Pakistan's
                # Foreign Office") says nothing about where this event happened; the document
                # context (same incident, dateline) is the better guess.
                continue
            distance = min(abs(root.i - i) for i in member_tokens)
            if setting is not None:
                # several places of that clause ("on the highway near Mangochar in Kalat
                # district"): the first named, as in its own clause (guide §6)
                distance = abs(root.i - setting.i)
            if root.dep_ == "conj" and root.head.pos_ == "PROPN":
                # "between Quetta and Peshawar", "raids in Tehran, Mashhad and Zahedan": the
                # first-named place is the event's (guide §6), not the one nearest the verb,
                # nor a finer one named after it ("in Panjshir or Andarab")
                score -= 0.1 + max(_KIND_PENALTY.values())
            if place is not None:
                # "near Mastung in Balochistan province": the most specific place named
                score -= _KIND_PENALTY.get(place.kind, 0.0)
            scored.append((score - distance / 100.0, m))
        if not scored and report_tok is not None and not verbal:
            own = _speakers_own_place(anchor, report_tok, [(m, tokens_of(m)) for m in mentions])
            if own is not None:
                # "Taliban police in Sar-e Pul said they had arrested four suspects": the
                # speakers' own act, where they are
                return linked.place_ref(own)
        if not scored and _points_here(anchor):
            here = self._dateline_place(linked, tok_place)
            if here is not None:
                return here
        if not scored and verbal:
            named = [(m, tokens_of(m)) for m in mentions]
            met = _meeting_place(anchor, named, excluded, linked)
            if (
                met is None
                and g.type in ("AGREE", "CONSULT")
                and sent.start <= _dateline_end(sent.doc) < sent.end
            ):
                # "KABUL — Kazakhstan and Uzbekistan signed agreements with the Taliban in
                # Kabul": the lead's deal took place where the story was filed, when the
                # sentence names that place again (the parser may hang it on a party)
                here = self._dateline_place(linked, tok_place)
                if here is not None and any(
                    m.place_id == here.id and m.start > sent.doc[_dateline_end(sent.doc)].idx
                    for m in mentions
                ):
                    return here
            return met
        if not scored:
            return None
        scored.sort(key=lambda x: -x[0])
        return linked.place_ref(_finest_within(scored, linked))

    @staticmethod
    def _span_bound(e: Span, member_tokens: set[int]) -> bool:
        """Whether the date `e` bounds a span ("since September", "until May 31", "between
        2024 and 2026", "since the Taliban returned to power in August 2021", "over the past
        week") rather than saying when an act happened: a span has no single day (§1.5)."""
        if any(t.i in member_tokens for t in e.root.subtree):
            # "since November, when a suicide bombing killed 26": the act the relative clause
            # tells happened at that date
            return False
        if e.root.head.lower_ in _BOUND_WORDS:
            return True
        if "past" in e.text.lower().split() and e.root.head.lower_ in ("over", "in", "during"):
            # "over the past week": a span running up to the news, not a point in it (guide
            # §1.5 gives acts in the news window with a vague time the publication day)
            return True
        cur = e.root
        for _ in range(4):
            if cur.i in member_tokens or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                # the date of a clause opened by "since"/"until" dates the span's start or end
                return cur.i not in member_tokens and any(
                    c.dep_ == "mark" and c.lower_ in _BOUND_WORDS for c in cur.children
                )
        return False

    @staticmethod
    def _nested_act(e: Span, anchor: Token, member_tokens: set[int]) -> bool:
        """Whether the date `e` belongs to another act told inside a verb trigger's clause: a
        planned one ("agreed to meet again in January", "called on the department to brief the
        committee next month") or one a complement clause tells ("denied that the group had
        attacked the post on Monday"). It dates that act, not the trigger's."""
        if anchor.pos_ not in ("VERB", "AUX"):
            return False  # a noun trigger's own phrase often carries its date
        cur = e.root
        for _ in range(6):
            if cur.i in member_tokens or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.i in member_tokens:
                return False
            if cur.pos_ in ("VERB", "AUX") and anchor in cur.ancestors:
                infinitive = has_to_marker(cur)
                if infinitive or cur.dep_ in _NESTED_CLAUSE_DEPS:
                    return True
        return False

    def _date(
        self, sent: Span, g: _Group, anchor: Token, published: date | None, future: bool = False
    ) -> tuple[str | None, str | None, bool]:
        """The event's date and precision, and whether the date hangs on the trigger."""
        member_tokens = {c.token.i for c in g.members} | {anchor.i}
        # "endorsed a plan for joint exercises in September": the coming September
        future = future or _scheduled(anchor) or planned_noun(anchor)
        attended = with_clause_verb(anchor)
        if attended is not None and _future_form(attended):
            future = True  # "would start in September, with forces guarding the site"
        value, precision, own = self._stated_date(sent, g, anchor, published, future, member_tokens)
        if value is None and not future and _future_form(anchor):
            # "would seek a meeting this week": a time that only resolves as still to come
            value, precision, own = self._stated_date(
                sent, g, anchor, published, True, member_tokens
            )
        if not future and _overnight(sent, member_tokens):
            # "struck ... overnight, Mujahid said on Wednesday", "closed the crossing on Tuesday
            # after forces exchanged fire through the night": the night began the day before
            # the day the sentence names (or the day it was published)
            base = date.fromisoformat(value) if value and precision == "day" else published
            if base is not None:
                return date.fromordinal(base.toordinal() - 1).isoformat(), "day", own
        return value, precision, own

    def _stated_date(
        self,
        sent: Span,
        g: _Group,
        anchor: Token,
        published: date | None,
        future: bool,
        member_tokens: set[int],
    ) -> tuple[str | None, str | None, bool]:
        ents = [e for e in _sentence_entities(sent) if e.label_ in ("DATE", "TIME")]
        if not ents:
            return None, None, False
        anchor_ancestors = {t.i for t in anchor.ancestors}
        # nouns for a statement put out, whose participle ("a statement carried by its news
        # outlet on Wednesday", "a video released on Sunday") dates the statement, not an act
        statement_nouns = {
            "statement",
            "message",
            "video",
            "post",
            "communique",
            "release",
            "report",
            "survey",
            # documents issued ("the order, dated Sunday, warns ...")
            "order",
            "decree",
            "letter",
            "notice",
            "directive",
            "circular",
        }

        def published_statement(verb: Token) -> bool:
            # only a statement's own content takes that day: an act it tells had happened
            # before (the story's day is the act's, not the statement's)
            return (
                g.type in _SPEECH_TYPES
                and verb.dep_ == "acl"
                and verb.tag_ == "VBN"
                and lemma(verb.head) in statement_nouns
            )

        def attached(e: Span) -> bool:
            cur = e.root
            for _ in range(4):
                if cur.i in member_tokens:
                    return True
                if cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        def in_report(e: Span) -> bool:
            # "..., the military said on Friday", "In a statement on Tuesday, the ISPR said":
            # when it was said, not when it happened (up through the phrase of a statement to
            # the first verb)
            cur = e.root
            for _ in range(5):
                cur = cur.head
                if cur.i in member_tokens:
                    return False
                if lemma(cur) in self.lexicon.reporting_verbs:
                    return True
                if cur.head.i == cur.i or (
                    cur.pos_ in ("VERB", "AUX") and not published_statement(cur)
                ):
                    break
            return False

        def charged_act(e: Span) -> bool:
            # "accused Pakistani forces of firing mortars on Tuesday", "blamed the group for
            # attacking a convoy last week": the date of the act charged, not of the charge
            if g.type not in _SPEECH_TYPES or anchor.pos_ not in ("VERB", "AUX"):
                return False
            cur = e.root
            for _ in range(6):
                if cur.i in member_tokens or cur.head.i == cur.i:
                    return False
                if (
                    cur.dep_ == "pcomp"
                    and cur.pos_ in ("VERB", "AUX")
                    and cur.head.lower_ in ("of", "for")
                    and cur.head.head.i in member_tokens
                ):
                    return True
                cur = cur.head
            return False

        def perfect_below(dated: Token) -> bool:
            # whether a clause between the trigger and the dated verb is a present perfect
            # (the dated verb itself not)
            if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in dated.children):
                return False
            cur = anchor
            while cur.i != dated.i and cur.head.i != cur.i:
                if cur.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cur.children
                ):
                    return True
                cur = cur.head
            return False

        def another_acts(e: Span) -> bool:
            # "Kazakhstan, which hosted a forum earlier this month, said it would consider
            # joining": the date of another verb's clause, one the trigger is not part of, is
            # that act's date
            cur = e.root
            via_noun = False
            for _ in range(6):
                if cur.i in member_tokens:
                    return False
                if cur.i != e.root.i and cur.pos_ in ("NOUN", "PROPN"):
                    via_noun = True
                if cur.i != e.root.i and cur.pos_ in ("VERB", "AUX"):
                    if published_statement(cur):
                        return False  # the statement's date: `in_report` tells it
                    if (
                        cur.dep_ == "acl"
                        and lemma(cur) in _MAKEUP_PARTICIPLES
                        and cur.head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                        and cur.head.head.i in member_tokens
                    ):
                        # "met a delegation led by the deputy minister on Monday": who makes
                        # up a party of the act is no act of its own; the date is the act's
                        return False
                    if g.type == "CONSULT" and cur.tag_ == "VBN" and lemma(cur) in _SCHEDULING:
                        # "would attend the next round, scheduled for July": when the meeting
                        # is set to take place
                        return False
                    if (
                        cur.i in anchor_ancestors
                        and lemma(cur) not in self.lexicon.reporting_verbs
                        and perfect_below(cur)
                    ):
                        # "removed them from the list in December 2023 and has since hosted
                        # delegations": a present perfect takes no date of a past clause (but
                        # "have agreed, the ministry said on Sunday" is perfect as of the report)
                        return True
                    return (
                        lemma(cur) not in self.lexicon.reporting_verbs
                        and cur.i not in anchor_ancestors
                        # a participle inside the trigger's own phrase ("a convoy carrying
                        # engineers on Wednesday", "a pledge made in 2023") is too often the
                        # parser's misplaced date of the act; a past participle on another
                        # noun has its own act's date ("two commanders blamed for a bombing
                        # last month")
                        and not (
                            cur.head.i in member_tokens
                            or (
                                # a finite verb of a clause below it has its own date in what
                                # a statement says ("demanded records on detainees who passed
                                # through ... before 2021"), and for a noun of its clause
                                # ("killed a commander it held responsible for the bombing of
                                # a station in February")
                                cur.tag_ != "VBN"
                                and not (
                                    cur.tag_ in ("VBD", "VBZ", "VBP")
                                    and (g.type in _SPEECH_TYPES or via_noun)
                                )
                                and any(t.i in member_tokens for t in cur.ancestors)
                            )
                        )
                    )
                if cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        def past_year(e: Span) -> bool:
            # "agreed to build in July 2025" told in 2026: a date with its year, over before
            # publication, on the trigger's own infinitive is when the agreeing happened, not
            # when the building will
            verb = next((a for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.dep_ != "xcomp" or verb.head.i not in member_tokens:
                return False
            year = re.search(r"\b(?:19|20)\d\d\b", e.text)
            value = resolve_date(e.text, published)[0] if year else None
            return value is not None and published is not None and value < published.isoformat()[:7]

        # the act a denial denies never takes the day of the denial (guide §10): only a date
        # its own clause gives, or the occasion it names ("at Thursday's rally")
        denial = _denial_over(anchor) if g.type != "REJECT" else None

        def of_denial(e: Span) -> bool:
            if denial is None:
                return False
            cur = e.root
            for _ in range(8):
                if cur.i in member_tokens:
                    return False
                if cur.pos_ in ("VERB", "AUX") and (cur.i == denial.i or cur.is_ancestor(denial)):
                    return True
                if cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        def occasion(e: Span) -> bool:
            # "fired on protesters at Thursday's rally", "was killed in Monday's attack": the
            # occasion the act took place at, whose day is the act's
            noun = e.root.head
            return (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("at", "during", "in")
                and noun.head.head.i in member_tokens
            )

        dated_governor: set[int] = set()
        kept = []
        claimed = _claimed_attack_phrase(anchor, g.type)
        for e in ents:
            if of_denial(e):
                continue
            if claimed is not None and e.root.i not in claimed:
                # "claimed the raid in a message on Tuesday": when the claim was made; the
                # attack it claims keeps its own day (guide §1.3, a separate row of the attack)
                continue
            if another_acts(e) or self._span_bound(e, member_tokens):
                continue
            if e.root.dep_ == "poss" and e.root.head.i not in member_tokens and not occasion(e):
                # "said it had no connection with Thursday's blast": the day of the act the
                # possessive names, not of this one
                continue
            if charged_act(e):
                continue
            if not future and self._nested_act(e, anchor, member_tokens):
                if not past_year(e):
                    continue
                dated_governor.add(e.start)
            kept.append(e)
        ents = kept
        if not ents:
            return None, None, False
        ordered = sorted(
            ents,
            key=lambda e: (
                in_report(e),
                not attached(e),
                min(abs(e.root.i - i) for i in member_tokens),
            ),
        )

        def own(e: Span) -> bool:
            # the date is a modifier of the trigger's own clause, and a point in time
            # ("in July"), not a span's start ("since July")
            if e.start in dated_governor:
                return True
            if e.root.head.lower_ in ("since", "until", "till", "by") or "week" in e.text.lower():
                return False  # "last week" resolves to a month it does not fill
            cur = e.root
            for _ in range(4):
                if cur.i in member_tokens:
                    return True
                if cur.dep_ in _CLAUSE_DEPS or cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        if g.type not in _SPEECH_TYPES and ordered and in_report(ordered[0]):
            # "... late on Thursday, the military said on Friday" with the first date misparsed
            # onto "said": an act is reported after it happened, so the earlier day is its own
            told = [(resolve_date(e.text, published, future=future), e) for e in ordered]
            told = [(v, e) for v, e in told if v[0] is not None and in_report(e)]
            if len(told) > 1:
                (value, precision), e = min(told, key=lambda ve: ve[0][0] or "")
                return value, precision, own(e)
        # "In a statement on Tuesday, the ISPR said troops had killed three": an act told in
        # the past perfect came before the day of the report, so that day is not its own (a
        # month of the report holds it: "In August, the group said it had killed ...")
        before_report = g.type not in _SPEECH_TYPES and _past_perfect(anchor)
        for e in ordered:
            value, precision = resolve_date(e.text, published, future=future)
            if value is None:
                continue
            if before_report and precision == "day" and in_report(e):
                # the story is told from that day on: what follows it happened then
                _report_days(sent.doc)[anchor.idx] = (value, precision)
                continue
            return value, precision, own(e)
        return None, None, False

    def _contexts(
        self, sent: Span, g: _Group, refs: list[ActorRef], linked: LinkedDoc
    ) -> list[str]:
        words = _sentence_words(sent)
        out: list[str] = []
        for c in g.members:
            out.extend(c.context)
        out.extend(self.lexicon.contexts_by_type.get(g.type, ()))
        for name, cues in self.lexicon.contexts.items():
            if cues & words:
                out.append(name)
        for ref in refs:
            actor = linked.actors.get(ref.id) if ref and ref.id else None
            if actor is None:
                continue
            if actor.sector in ("REB", "UAF") and g.type in ("ASSAULT", "THREATEN"):
                out.append("terrorism")
            if actor.sector == "MIL":
                out.append("military")
        return list(dict.fromkeys(out))


def _depth_below(tok: Token, top: Token) -> int:
    """How many heads up from `tok` `top` is (a large number when it is not above it)."""
    cur, n = tok, 0
    while cur.i != top.i:
        if cur.head.i == cur.i:
            return len(tok.doc)
        cur, n = cur.head, n + 1
    return n


def _own_side_toll(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the people a mutual act's toll counts are the actor's own ("troops clashed with
    militants, leaving two soldiers dead"): every counted noun in the sentence that the linker
    resolved belongs to the actor's side, none to the recipient's. The guide puts a toll on the
    row whose recipient suffered it."""
    if e.actor is None or e.recipient is None or (e.fatalities is None and e.injured is None):
        return False
    start, end = e.sentence_span
    counted: set[str] = set()
    for m in linked.actor_mentions:
        if not (start <= m.start and m.end <= end) or m.actor_id is None:
            continue
        span = linked.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if any(c.like_num and c.dep_ in ("nummod", "quantmod") for c in head.children):
            counted.add(m.actor_id)
    return e.actor.id in counted and e.recipient.id not in counted


def _mutual_rows(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "A clashed with B", "agreed a ceasefire with B": the act once more from B's side
    (guide §1.3, joint / mutual acts), with the type, place, date and factuality kept; the
    casualties stay on the row the sentence tells them for: the recipient's losses on A's row,
    A's own losses on B's."""
    out: list[EventRecord] = []
    for e in events:
        out.append(e)
        how = getattr(e, "_mutual", None)
        sides = [r.id for r in (e.actor, e.recipient) if r is not None]
        if (
            e.actor is not None
            and e.recipient is not None
            and any(sides)
            and not _told_other_way(e, out, linked)
        ):
            # beside a named one, an unnamed side counts by its words ("troops killed three
            # militants in an exchange of fire": the militants fired too)
            sides = [r.id or (r.text or "").lower() for r in (e.actor, e.recipient)]
        if how is None or not all(sides) or len(set(sides)) != 1 + (len(sides) > 1):
            # no side named ("clashes erupted"), or one side twice
            continue
        if len(sides) == 1 and (e.type != "ASSAULT" or not how.endswith(" named")):
            continue  # one side told: only "a clash", "the gunfight" make the other a side
        if any(
            o is not e
            and o.type == e.type
            and o.sentence_span == e.sentence_span
            and (
                o.actor is not None
                and e.recipient is not None
                and o.actor.id == e.recipient.id
                or o.span == e.span
                and (o.actor.id if o.actor else None) != (e.actor.id if e.actor else None)
            )
            for o in events
        ):
            # "A and B exchanged fire": both directions are there already; "A and B agreed
            # a truce": each party has its row
            continue
        own_losses = _own_side_toll(e, linked)
        twin = dataclasses.replace(
            e,
            actor=e.recipient,
            recipient=e.actor,
            mode=e.mode if how.startswith("same") else None,
            fatalities=e.fatalities if own_losses else None,
            injured=e.injured if own_losses else None,
            notes=[*e.notes, "mutual act: the same act with the roles reversed"],
        )
        if own_losses:
            e.fatalities = e.injured = None
            twin.notes.append("toll: the losses of the side that acts in the first row")
        for k, v in e.__dict__.items():
            if k.startswith("_") and k not in twin.__dict__:
                twin.__dict__[k] = v  # the working state (objects, source text) is shared
        anaphor = getattr(e, "_anaphor", None) or {}
        twin.__dict__["_anaphor"] = {
            "actor": anaphor.get("recipient"),
            "recipient": anaphor.get("actor"),
        }
        twin.__dict__["_mutual"] = None
        out.append(twin)
    return out


def _told_other_way(e: EventRecord, before: list[EventRecord], linked: LinkedDoc) -> bool:
    """Whether an act of the other side in the same incident was told just before ("Gunmen
    attacked a post. Troops killed 11 attackers in the ensuing clash."): the response is one
    row, the attack its own."""
    return any(
        p is not e
        and p.type == e.type
        and p.factuality not in _UNREAL | {"negated"}
        and _sentences_apart(p, e, linked) <= 3
        and _same_party(p.actor, e.recipient)
        for p in before[-8:]
    )


def _inherit_weapon(events: list[EventRecord]) -> None:
    """ "A soldier was killed and three were wounded": a later sentence of one incident that
    names no weapon was done with the weapon the incident was first told with (guide §1.2
    modes; the same incident as `_link_incidents` groups it). An act of another party in the
    incident (the counter-attack, the rescue) keeps its own mode."""
    first: dict[str, EventRecord] = {}
    for e in events:
        incident = getattr(e, "incident", None)
        if e.type != "ASSAULT" or not incident:
            continue
        if e.mode:
            first.setdefault(incident, e)
            continue
        told = first.get(incident)
        if told is None or told.mode not in _INSTRUMENT_MODES:
            continue
        if e.factuality in _UNREAL or e.factuality in _BACKGROUND_FACTUALITY:
            continue
        if e.actor is not None and told.actor is not None and e.actor.id != told.actor.id:
            continue
        e.mode = told.mode
        e.notes.append(f"mode from the incident's first report ({e.mode})")
    _inherit_story_weapon(events)


def _inherit_story_weapon(events: list[EventRecord]) -> None:
    """A story about one attack told with one weapon ("a drone strike … killed eight militants";
    later "the military said the strike hit a hideout", "five of the dead were women"): the
    later mentions of the news incident that name no weapon keep it, even where their place or
    date is not restated (gold/fresh4 README: continuation sentences keep the established
    incident). Background, planned or denied attacks and another party's acts are left alone,
    and so is any story whose attacks are told with more than one weapon."""
    news = [
        e
        for e in events
        if e.type == "ASSAULT"
        and e.factuality not in _UNREAL
        and e.factuality not in _BACKGROUND_FACTUALITY
        and e.factuality != "negated"
    ]
    weapons = {e.mode for e in news if e.mode}
    if len(weapons) != 1:
        return
    lead = next(e for e in news if e.mode)
    weapon = lead.mode
    if weapon not in _INSTRUMENT_MODES:
        return
    after = False
    for e in news:
        after = after or e is lead
        if not after or e.mode:
            continue
        if e.actor is not None and lead.actor is not None and e.actor.id != lead.actor.id:
            continue
        if e.recipient is not None and lead.actor is not None and e.recipient.id == lead.actor.id:
            continue  # the attackers hit back: their own act
        e.mode = weapon
        e.notes.append(f"mode from the story's one weapon ({weapon})")


# Bodies set up for a task ("a joint mechanism to examine complaints", "a committee to review
# the cases"): the task is the body's purpose, part of the agreement that creates it.
_BODY_NOUNS = frozenset(
    {"mechanism", "commission", "committee", "panel", "body", "cell", "taskforce", "group", "team"}
)


def _body_purpose(tok: Token) -> bool:
    """ "set up a joint mechanism to examine complaints": an infinitive naming what a body is for
    is no investigation told (guide §8: a joint body is the agreement's content)."""
    return (
        tok.dep_ in ("acl", "relcl")
        and has_to_marker(tok)
        and lemma(tok.head) in _BODY_NOUNS
        and tok.head.dep_ in ("dobj", "nsubjpass", "pobj")
    )


def _describes_victims(tok: Token, lex: Lexicon) -> bool:
    """ "compensation for the families of the soldiers who lost their lives", "a fund for the
    relatives of those who were killed": a relative clause naming who the dead were, inside a
    phrase another act is about, describes people (like "the dead"), it tells no new attack."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or tok.head.dep_ != "pobj":
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return lemma(tok) in lex.victim_verbs or passive and lemma(tok) in _CASUALTY_VERBS


def _paragraph_pieces(sent: Span) -> list[Span]:
    """The parser's sentence cut at paragraph breaks. A quotation closing a paragraph ('…will be
    brought to justice."') is often joined to the next paragraph's first sentence; they are two
    sentences (guide §0) and their triggers must not merge or absorb each other."""
    pieces: list[Span] = []
    start = sent.start
    for tok in sent:
        if tok.is_space and "\n" in tok.text and tok.i + 1 < sent.end:
            if any(not t.is_space for t in sent.doc[start : tok.i]):
                pieces.append(sent.doc[start : tok.i + 1])
            start = tok.i + 1
    if start < sent.end:
        pieces.append(sent.doc[start : sent.end])
    return pieces or [sent]


def _sentence_entities(sent: Span) -> list[Span]:
    """`sent.ents` from the document's cached entities: `Span.ents` rebuilds every entity of
    the whole document on each read, and a sentence is asked once per event in it."""
    inside: list[Span] = []
    for ent in _entities(sent.doc)[0]:
        if ent.start >= sent.start:
            # the same cut as spaCy's: the first entity running past the sentence ends the list
            if ent.end > sent.end:
                break
            inside.append(ent)
    return inside


# The lemmas and lower-cased forms of the sentences of the last document asked about, by token
# range: the mode of every event in a sentence looks for its cue words in it while the groups
# are formed, and its contexts again when the records are written. Holding the document makes
# the `is` test exact; nothing changes a parsed document's tokens.
_sentence_words_of: tuple[Doc | None, dict[tuple[int, int], frozenset[str]]] = (None, {})


def _sentence_words(sent: Span) -> frozenset[str]:
    global _sentence_words_of
    if _sentence_words_of[0] is not sent.doc:
        _sentence_words_of = (sent.doc, {})
    known = _sentence_words_of[1]
    words = known.get((sent.start, sent.end))
    if words is None:
        found: set[str] = set()
        for t in sent:
            found.add(lemma(t))
            found.add(t.lower_)
        words = known[(sent.start, sent.end)] = frozenset(found)
    return words


def _model_version() -> str | None:
    return _model_version_at(model_path())


@cache
def _model_version_at(path: Path) -> str | None:
    """The version of the trigger model `default_model()` loads from `path` (each file once)."""
    model = default_model(path)
    return model.version if model is not None else None


def _version_string(lexicon: str, recipients: str, model: str | None) -> str:
    tm = f"+tm{model}" if model else ""
    return f"{_RULES_VERSION}+lex{lexicon}+fact{cues_version()}+rcp{recipients}{tm}"


_DEFINITE_DETS = {"the", "this", "that", "these", "those", "such"}
# Modifiers that make a definite event noun a different event from the one told before.
_ANOTHER_WORDS = frozenset(
    {"next", "new", "fresh", "further", "renewed", "future", "second", "third", "another", "other"}
)
_LOOSE_PLACE = False
_POSSESSIVES = {"its", "their", "his", "her", "our", "your", "my"}
# Material events narrated over several sentences keep their target ("the attackers then...").
_CARRY_RECIPIENT = {"ASSAULT", "COERCE"}


# Prepositions that place a named event before the clause's own ("since the ban", "following
# the October clashes"): unlike "in"/"during" they never describe the clause's own event.
_SINCE_PREPS = frozenset({"after", "following", "since", "amid"})
# Prepositions after which a noun event with a place or time of its own is a mention with its
# own row (guide §6), not a bare back-reference: "blamed for a bombing in Bannu last month".
_FRESH_PREPS = _SINCE_PREPS | {"for", "over", "despite"}
_WHEN_WHERE = ("DATE", "TIME", "GPE", "LOC", "FAC")


# ("since" opens a span a state lasts through, not the time of the event)
_CLAUSE_SETTING_PREPS = frozenset({"in", "at", "near", "on", "during", "within", "inside"})


def _clause_dates_or_places(subj: Token, triggers: set[int]) -> bool:
    """Whether the clause a nominal is the subject of dates or places it: a time or place set
    on its verb ("the protest began in the Argo district on Monday"), or the distance in
    "came a week after X attacked", which measures from the subject's event. Comparison
    frames ("was the deadliest in the city since November") and other clauses do not count."""
    verb = subj.head
    if lemma(verb) == "be":
        return False  # "the attack was the deadliest this year": a copula ranks, never sets
    for ch in verb.children:
        if ch.i == subj.i:
            continue
        if ch.dep_ == "advcl" and ch.i in triggers:
            marks = {m.lower_ for m in ch.children if m.dep_ == "mark"}
            if marks & {"after", "before"} and any(
                t.ent_type_ in ("DATE", "TIME")
                for n in ch.children
                if n.dep_ == "npadvmod"
                for t in n.subtree
            ):
                return True
            continue
        setting = ch.dep_ == "npadvmod" or (
            ch.dep_ == "prep" and ch.lower_ in _CLAUSE_SETTING_PREPS
        )
        if setting and any(t.ent_type_ in _WHEN_WHERE for t in ch.subtree if t.i not in triggers):
            return True
    return False


def _is_date_name(tok: Token) -> bool:
    """A month name is a date, never a march ("since March")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ in ("DATE", "TIME")


def _fresh_nominal(c: Candidate) -> bool:
    """A noun event mention after "after/since…" that gets its own row although it is not the
    clause's event: its own phrase places or dates it ("following the October clashes", "after
    a clearance operation that lasted until Monday"; guide §6). A bare "after the meeting" is
    the earlier event again, even when it is first named there (the gold codes no row for it).

    Talks are told where they are held: "agreed at talks in Riyadh", "after two days of talks
    in this border city" name the meeting the agreement came from (a CONSULT row of its own)."""
    tok = c.token
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _WHEN_WHERE:
        return False  # "since March" is a month, not a march
    prep = tok.head
    talks = c.type == "CONSULT"
    if talks and prep.lower_ == "of" and lemma(prep.head) in _SPAN_NOUNS:
        # "after two days of talks": the span's preposition governs the talks
        if prep.head.dep_ != "pobj":
            return False
        prep = prep.head.head
    if prep.lower_ not in _FRESH_PREPS and not (talks and prep.lower_ in _VENUE_PREPS):
        return False
    whens = {t.ent_type_ for t in tok.subtree if t.i != tok.i and t.ent_type_ in _WHEN_WHERE}
    if prep.lower_ in _VENUE_PREPS:
        # "at talks in Riyadh" names where; "at last week's meeting" recalls one told before
        return bool(whens - {"DATE", "TIME"})
    return bool(whens) or (
        talks and any(lemma(p) in _SETTING_NOUNS for p in _prep_objects(tok, ("in",)))
    )


# "two days of talks", "three rounds of negotiations": the span a meeting took.
_SPAN_NOUNS = frozenset({"day", "week", "hour", "month", "round", "night", "session"})
# "agreed at talks in Riyadh": where an agreement was reached.
_VENUE_PREPS = frozenset({"at"})
# "talks in this border city", "in the capital": a place named by its kind.
_SETTING_NOUNS = frozenset({"city", "capital", "town", "village"})


def _is_casualty_nominal(tok: Token) -> bool:
    """ "The wounded", "the dead": people, not an event. (The tagger may call "the wounded" a
    verb; a word with a determiner in an argument slot is a noun phrase all the same.)"""
    return (
        lemma(tok) in _CASUALTY_VERBS | {"wounded", "injured", "dead"}
        and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj")
        and any(ch.dep_ == "det" for ch in tok.children)
    )


_FOLLOWUP_ENTRY = -3000  # entry_index of a casualty follow-up candidate

# Words that count the victims of an incident ("the death toll", "most of the dead", "bodies").
_CASUALTY_NOUNS = {
    "toll",
    "victim",
    "body",
    "casualty",
    "fatality",
    "dead",
    "wounded",
    "injured",
    "corpse",
}


def _casualty_followup(sent: Span) -> Candidate | None:
    """A sentence that only counts or describes the victims of the attack just reported ("most
    of the dead were civil servants", "the death toll rose to five") mentions that attack again
    (annotation guide: casualty-only sentences are coded). Used only for sentences with no
    trigger of their own, shortly after an ASSAULT."""
    for tok in sent:
        if tok.pos_ not in ("NOUN", "ADJ") or lemma(tok) not in _CASUALTY_NOUNS:
            continue
        if tok.dep_ == "amod":
            continue  # "the wounded soldiers" is handled by the participle rules
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "despite", "amid"):
            continue
        return Candidate(
            token=tok, type="ASSAULT", mode=None, conf=0.55, entry_index=_FOLLOWUP_ENTRY
        )
    return None


# Verbs that name who did an act ("X carried out the attack"), unlike verbs of reacting to it.
_AUTHORSHIP_VERBS = {"carry", "conduct", "launch", "stage", "mount", "execute", "perpetrate"}
# Verbs that say an event happened ("the protest began in…", "the attack took place on…").
_OCCURRENCE_VERBS = {"begin", "start", "erupt", "happen", "occur", "take", "break", "spread"}


# Physical acts a present-tense relative clause can describe as a habit; a stance in one ("a
# charge the Taliban deny", "which holds Kabul responsible") is the party's current act.
_DESCRIBED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "COOPERATE", "CONSULT"}


def _is_habitual_relative(tok: Token) -> bool:
    """ "those who attack worshippers", "militants who attack its territory": a relative clause
    in the simple present describes who someone is, not something that happened; so does its
    object ("those who plant bombs", "groups that carry out attacks")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok.dep_ == "relcl"
        and tok.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


_CUSTODY_VERBS = frozenset({"arrest", "detain", "hold", "apprehend", "round", "pick"})


def _questioned_in_custody(tok: Token) -> bool:
    """ "Had been detained and questioned": questioning the people just detained is part of
    their detention (guide §1.2 COERCE arrest), not an investigation of a case."""
    if lemma(tok) not in ("question", "interrogate"):
        return False
    linked = [tok.head] if tok.dep_ == "conj" else []
    linked += [c for c in tok.children if c.dep_ == "conj"]
    return any(lemma(v) in _CUSTODY_VERBS for v in linked)


def _is_failed_act(tok: Token) -> bool:
    """ "are failing to uphold the rights", "has failed to stop them": the act did not happen;
    the sentence reports the failure (often as a complaint), not the act. "Without providing
    evidence", "without warning": the act is named as absent."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    return tok.dep_ == "xcomp" and lemma(tok.head) in ("fail", "neglect")


# Freeing prisoners by force is the assault itself, not a captor's release (annotation guide
# §10): "militants stormed the jail, freeing 31 prisoners"; "its fighters had freed 50 comrades".
_FREEING_VERBS = frozenset({"free", "release", "liberate", "spring"})
_RAIDERS = frozenset(
    {"militant", "fighter", "insurgent", "gunman", "gunmen", "attacker", "assailant", "raider"}
    | {"terrorist", "rebel", "khawarij", "jihadist", "guerrilla", "mujahideen"}
)
_INMATES = frozenset(
    {"prisoner", "inmate", "detainee", "convict", "comrade", "mujahideen", "mujahid", "fighter"}
)
_JAILS = frozenset({"jail", "prison", "gaol", "lockup", "penitentiary"})


def _freed_by_raiders(tok: Token) -> bool:
    """ "militants freed 250 inmates from the prison": armed men taking prisoners out of custody,
    which a captor's release ("the militia freed the engineers") is not."""
    if lemma(tok) not in _FREEING_VERBS:
        return False
    subj = subject_of(tok)
    if subj is not None and lemma(subj) in _QUANTITY_NOUNS:  # "dozens of militants"
        subj = next(
            (o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
            subj,
        )
    if subj is None or lemma(subj) not in _RAIDERS:
        return False
    freed = {lemma(c) for c in tok.children if c.dep_ in ("dobj", "obj")}
    from_jail = any(
        p.dep_ == "prep" and p.lower_ == "from" and any(lemma(o) in _JAILS for o in p.children)
        for p in tok.children
    )
    return from_jail or bool(freed & _INMATES)


def _jailbreaks_as_assaults(cands: list[Candidate]) -> list[Candidate]:
    """A release told of raiders freeing prisoners is dropped when the assault it belongs to
    governs it ("attacked the jail …, freeing 31 prisoners") and is otherwise the assault
    itself (ASSAULT, mode unknown), as in a claim of responsibility for a jailbreak."""
    forced = [c for c in cands if c.type == "RETREAT" and _freed_by_raiders(c.token)]
    if not forced:
        return cands
    assaults = [c.token for c in cands if c.type == "ASSAULT"]
    kept = []
    for c in cands:
        if c in forced:
            if any(a.is_ancestor(c.token) for a in assaults):
                continue
            c.type, c.mode = "ASSAULT", None
            c.notes.append("type: prisoners freed by force are the assault (guide §10)")
        kept.append(c)
    return kept


_CAPABILITY_WORDS = {"capable", "incapable", "capability", "capacity", "ability", "inability"}
# Verbs that, with "can" and a number, state how many a place takes ("a centre that can hold
# 3,000 people"): a capacity, not a detention or a visit.
_CAPACITY_VERBS = {"hold", "house", "accommodate", "take", "receive", "handle", "seat", "shelter"}


def _is_word_part_or_capability(tok: Token) -> bool:
    """ "bomb-making training", "attack-prone district": the first half of a hyphenated modifier
    names no event. "remains capable of striking", "the capacity to launch attacks": what a party
    could do, not what it did."""
    doc = tok.doc
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and tok.head.i > tok.i
        and tok.dep_ in ("npadvmod", "compound", "amod", "nmod")
        and tok.head.dep_ == "amod"  # (a "sit-in" is a noun of its own)
    ):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if (
        lemma(tok) in _CAPACITY_VERBS
        and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in tok.children)
        and any(
            c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in tok.children
        )
    ):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        return lemma(tok.head.head) in _CAPABILITY_WORDS
    if (
        tok.dep_ == "xcomp"
        and lemma(tok.head) == "able"
        and lemma(tok.head.head) in ("remain", "stay")
    ):
        return True  # "remained able to strike at will": a lasting capability, not an act
    return tok.dep_ in ("acl", "xcomp") and lemma(tok.head) in _CAPABILITY_WORDS


def _is_attributive_participle(tok: Token) -> bool:
    """ "The banned BLA", "heavily armed militants", "India-backed groups": a description of a
    participant, not a report of the act. "Each soldier killed in the ambush" (a participle after a
    distributive noun) and "reporters accused of spying" (a charge participle) describe people
    too."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl":
        return lemma(tok) in _DESCRIPTIVE_PARTICIPLES  # "aid workers travelling to the region"
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.i < tok.head.i:
        # "personnel of the occupying state", "the attacking forces": who they are
        return not is_misparsed_verb(tok)
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ != "ROOT"
        and prev is not None
        and prev.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ in ("each", "every") for c in prev.children)
    ):
        # "compensation for the family of each policeman killed", however the parser hangs
        # the participle: it names the victims of the attack already told
        return True
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    if tok.tag_ != "VBN" and not (tok.tag_ == "VBD" and subjectless and tok.dep_ != "ROOT"):
        return False  # (the tagger may take a bare participle for a past tense)
    if tok.dep_ == "amod":
        return not is_misparsed_verb(tok)
    if tok.dep_ not in ("acl", "advcl") and not (
        # "for the family of each person killed" read as a clause of "announced"
        tok.dep_ == "ccomp" and subjectless
    ):
        return False
    # the noun just before the participle, which the parser may not have made its head
    # ("for the family of each person killed": read as an adverbial clause of the main verb)
    nouns = [tok.head, tok.doc[tok.i - 1]] if tok.i > 0 else [tok.head]
    if any(c.dep_ == "det" and c.lower_ in ("each", "every") for n in nouns for c in n.children):
        return True
    return tok.dep_ == "acl" and lemma(tok) in _DESCRIPTIVE_PARTICIPLES


# Verbs of presence or travel whose "for talks" names the purpose, i.e. the meeting itself.
_PURPOSE_MOTION_VERBS = {
    "be",
    "arrive",
    "travel",
    "go",
    "come",
    "fly",
    "head",
    "land",
    "gather",
    "return",
    "stay",
    "remain",
}


def _is_contrasted_alternative(tok: Token) -> bool:
    """The act in "X should look inward instead of blaming Y" is reported as happening (the
    speaker says X IS blaming Y), not demanded along with the rest of the clause."""
    before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]]
    return before in (["instead", "of"], ["rather", "than"])


# Participles that tell who makes up or heads a party ("a delegation led by ...")
_MAKEUP_PARTICIPLES = frozenset({"lead", "head", "accompany", "include", "comprise"})

# Participles after a noun that label a person rather than report an act.
_DESCRIPTIVE_PARTICIPLES = {
    "accuse",
    "suspect",
    "charge",
    "convict",
    "want",
    "wanted",
    "allege",
    "travel",
    "visit",
    # "troops backed by helicopter gunships", "a convoy escorted by police": how they came
    "back",
    "escort",
    "accompany",
    # "a faction allied with the TTP", "groups linked to…": standing ties, not an act
    "ally",
    "align",
    "affiliate",
    "link",
    "tie",
    "connect",
}


# Note on an act noun that a threat names as its object ("threatened more killings").
_THREATENED_ACT = "act threatened by its noun"
_INSTRUMENT_MODES = {"suicide-attack", "drone", "aerial", "explosives", "heavy-weapons", "firearms"}
# A demand's or a threat's mode is what it asks for or threatens, so only the trigger's own
# phrase is read: another clause of the sentence ("…, killing four") says nothing about it.
_OWN_PHRASE_MODE_TYPES = frozenset({"REQUEST", "THREATEN"})
# The mode name in events.yaml `modes:` that stands for the guide's empty mode.
_NULL_MODE = "null"
_CASUALTY_VERBS = {
    "kill",
    "die",
    "wound",
    "injure",
    "martyr",
    "hurt",
    "perish",
    "lose",
    "destroy",
    "damage",
}


# ------------------------------------------------------------------------ helpers


_Mention = TypeVar("_Mention", ActorMention, PlaceMention)


def _token_index(doc: Doc, mentions: list[_Mention]) -> dict[int, _Mention]:
    out: dict[int, _Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out.setdefault(t.i, m)
    return out


def _subtree_words(tok: Token) -> set[str]:
    """The lemmas and lower-cased forms of the words of `tok`'s phrase, for cue look-ups."""
    words: set[str] = set()
    for t in tok.subtree:
        words.add(lemma(t))
        words.add(t.lower_)
    return words


# Clauses hanging on a trigger that tell acts of their own ("opened fire on the posts, and the
# exchange of mortar fire lasted until dawn"): their words say nothing of the trigger's mode.
_OTHER_CLAUSE_DEPS = frozenset({"conj", "advcl", "parataxis", "relcl"})


def _own_phrase_words(tok: Token) -> set[str]:
    """`_subtree_words` without the verb clauses coordinated with or subordinate to `tok`
    (those inside its own complement stay: "urged X to treat … and to allow …")."""
    words = {lemma(tok), tok.lower_}
    for c in tok.children:
        if not (c.dep_ in _OTHER_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")) or (
            # "called on Wednesday for the Taliban to form …": the parser hangs the demanded
            # infinitive as an adverbial clause, but it is the trigger's own complement
            c.dep_ == "advcl"
            and c.i > tok.i
            and has_to_marker(c)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ):
            words |= _subtree_words(c)
    return words


# Subjects that speak for a state's side ("the government warned", "the army said").
_SPEAKER_SIDE = frozenset(["government", "authority", "army", "military", "force", "state"])


def _is_forecast(c: Candidate, inner: list[Candidate], lex: Lexicon) -> bool:
    """ "The UN warned that the group remains a threat": a warning whose that-clause announces
    no act, no force and nothing the speaker's side will do is a forecast, not a threat."""
    tok = c.token
    if c.type != "THREATEN" or lemma(tok) not in lex.warning_verbs:
        return False
    comps = [ch for ch in tok.children if ch.dep_ == "ccomp"]
    if not comps and not inner and _warned_of_danger(tok, lex):
        return True
    if not comps or any(
        ch.dep_ == "prep" or ch.dep_ == "dobj" and ch.pos_ != "PRON" for ch in tok.children
    ):
        return False  # "warned of consequences", "warned Kabul that…" address a party
    # "warned that the group could expand", "warned that returnees face restrictions": a risk
    # or a state, not an act announced, even when the clause names other events.
    if inner and not all(_risk_clause(comp, lex) for comp in comps):
        return False
    for comp in comps:
        words = _subtree_words(comp)
        if words & lex.threat_cues:
            return False
        subj = subject_of(comp)
        speaker = subject_of(tok)
        if (
            subj is not None
            and subj.lower_ == "it"
            and speaker is not None
            and (speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children))
        ):
            continue  # "experts warned that it could take a fifth of the flow": not their side
        if subj is not None and (
            subj.lower_ in ("we", "i", "it", "they", "he", "she") or lemma(subj) in _SPEAKER_SIDE
        ):
            return False  # what the speaker's side will do
    return True


# Auxiliaries of a future or of a promise ("will", "would", "won't" → "wo").
_FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
_STATE_VERBS = {"be", "remain", "face", "mean", "need", "lack", "risk", "have", "stay"}


def _warned_of_danger(tok: Token, lex: Lexicon) -> bool:
    """ "Warned of Islamic State recruiters in the north", "warned of a humanitarian crisis": a
    warning about a danger or a third party names no act of the speaker's and no force (guide
    §1.2: THREATEN is a warning or vow of force or of consequences)."""
    if any(ch.dep_ == "dobj" and ch.pos_ != "PRON" for ch in tok.children):
        return False  # "warned Kabul of consequences" addresses a party
    dangers = _prep_objects(tok, ("of", "about"))
    return bool(dangers) and not any(_subtree_words(p) & lex.threat_cues for p in dangers)


# "Warned that the group was recruiting …": what a third party is doing, told as a fact.
_ANY_MODALS = _FUTURE_MODALS | {"must", "should", "could", "may", "might", "can", "ought"}


def _third_party_doing(comp: Token, aux: set[str], lex: Lexicon) -> bool:
    """A warned-of clause without any modal whose subject is a named or described third party
    ("IS-K was recruiting migrants"): a report of another party's acts, not a threat. A thing
    as subject ("every bomb dropped …") is no party."""
    subj = subject_of(comp)
    return (
        not aux & _ANY_MODALS
        and subj is not None
        and (subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and lemma(subj) in lex.actor_nouns)
        and lemma(subj) not in _SPEAKER_SIDE
    )


def _risk_clause(comp: Token, lex: Lexicon) -> bool:
    """A warned-of clause that states a possibility or a state of a third party: no will/would,
    a could/may/might, a verb of state or a third party's ongoing act, no word of force, not the
    speaker's side as subject."""
    verbs = [comp, *(v for v in comp.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX"))]
    aux = {a.lower_ for v in verbs for a in v.children if a.dep_ in ("aux", "auxpass")}
    if aux & (_FUTURE_MODALS | {"must"}):
        return False
    if not (
        aux & {"could", "may", "might", "can"}
        or lemma(comp) in _STATE_VERBS
        or _third_party_doing(comp, aux, lex)
    ):
        return False
    words = _subtree_words(comp)
    subj = subject_of(comp)
    return not (words & lex.threat_cues) and not (
        subj is not None and subj.lower_ in ("we", "i", "it", "they", "he", "she")
    )


def _xcomp_chain(tok: Token) -> list[Token]:
    """The to-complements of a pledge verb and what they coordinate ("offered to hand over")."""
    out: list[Token] = []
    frontier = [c for c in tok.children if c.dep_ == "xcomp"]
    if not frontier:
        # "vowed that they would be hunted down": a finite pledge clause
        frontier = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    while frontier:
        t = frontier.pop(0)
        out.append(t)
        frontier.extend(
            c for c in t.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")
        )
    if not out:
        out.extend(
            p
            for c in tok.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ in ("pobj", "pcomp")
        )
    return out


_BACKGROUND_MARKERS = {
    "after",
    "before",
    "since",
    "following",
    "until",
    "because",
    "amid",
    "despite",
}


def _subordination(tok: Token, lex: Lexicon) -> int:
    """How many subordinate clauses (purpose, relative, adverbial) separate a trigger from the
    main clause; a reporting verb's complement is the main assertion, not subordinate."""
    n = 0
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj") or (
            cur.dep_ == "ccomp" and lemma(cur.head) not in lex.reporting_verbs
        ):
            n += 1
            # "…, a day after a jet shot down a helicopter": a clause of time or cause is the
            # background of the main event, a step further from what the sentence reports.
            markers = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if cur.dep_ == "pcomp":
                markers.add(cur.head.lower_)
            if markers & _BACKGROUND_MARKERS:
                n += 2
        if cur.dep_ == "pobj" and cur.head.lower_ in lex.backreference_preps:
            n += 1
        cur = cur.head
    return min(n, 3)


def _side_report_depth(tok: Token, speech_verbs: frozenset[str], lex: Lexicon) -> int:
    """How many reporting or demand verbs standing in a subordinate clause ("…, saying",
    "…, demanding", "after he said") the token is, or sits in the complement of."""
    n = 0
    cur = tok
    for _ in range(12):
        if (
            lemma(cur) in speech_verbs
            and cur.pos_ in ("VERB", "AUX")
            and _subordination(cur, lex) > 0
        ):
            n += 1
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return min(n, 2)


_TERMS_NOUNS = {"accord", "agreement", "deal", "treaty", "pact", "plan", "arrangement", "roadmap"}


# Acts a speech act of this type announces and that are coded beside it (see `_groups`).
# Not pursuits ("would be hunted down" is the threat itself, guide §1.2) nor joint bodies
# ("agreed to set up a joint committee" is the agreement's content): the gold codes neither.
_ANNOUNCED_ACTS = {
    # "warns that facilities which mix staff will be sealed": the closure threatened, like
    # a threatened strike (gold/fresh5 README, threats: a hypothetical COERCE)
    "THREATEN": ("ASSAULT", "SANCTION", "COERCE"),
    "AGREE": ("AID", "RETREAT", "CONCEDE", "CONSULT"),
    # "accused X of shelling villages" (alleged), "denied that anyone had been detained"
    # (negated): the guide codes the act the accusation or denial is about; also the support
    # an accusation charges ("accused India of financing the group").
    "ACCUSE": ("ASSAULT", "COERCE", "AID", "REJECT"),
    "REJECT": ("ASSAULT", "COERCE"),
}


# "offered to host talks", "proposed to mediate": a request-type offer whose act is the
# speaker's own (subject control) announces that act as AGREE announces a promised meeting;
# "urged X to hold talks" (object control) only asks for it and keeps it absorbed.
_SELF_OFFERED_ACTS = ("CONSULT",)


def _self_offered(act: Token, offer: Token) -> bool:
    return (
        act.head.i == offer.i
        and act.dep_ in ("xcomp", "advcl")
        and act.pos_ in ("VERB", "AUX")
        and has_to_marker(act)
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in act.children)
        and not any(ch.dep_ in ("dobj", "dative", "ccomp") for ch in offer.children)
        # only a meeting the offer places ("to host talks in Almaty") is coded as its own row;
        # "offered to host a meeting" is the offer alone in the gold
        and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in act.subtree)
    )


_DECISION_VERBS = {"announce", "decide", "declare", "order", "resolve"}


def _announced_decision(clause: Token) -> bool:
    """ "announced it would prohibit all aid": a measure announced unconditionally is the
    measure (PLOVER codes the SANCTION); "said it would impose tariffs if…" stays a threat."""
    return (
        clause.dep_ == "ccomp"
        and lemma(clause.head) in _DECISION_VERBS
        and not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless")
            for t in clause.subtree
            if t.dep_ == "advcl"
            for m in t.children
        )
    )


def _threat_mode(intent: dict, act: Candidate) -> str | None:
    """The mode of the threat a hostile act becomes when it is only pledged or announced
    (events.yaml `intent.hostile_modes`: "would shell" → violence, "would close" → restrict)."""
    modes = intent.get("hostile_modes") or {}
    return modes.get(f"{act.type}/{act.mode}", modes.get(act.type))


# Pursuits a vow promises ("will be hunted down", "will be brought to justice"): the threat is
# the event; the pursuit itself is not coded beside it.
_PURSUIT_VERBS = frozenset({"hunt", "track", "bring", "chase", "pursue"})


def _announced_measure(verb: Token) -> bool:
    """ "would be detained and deported", "no one would be held without evidence": a measure on
    people told in the passive without an agent announces a policy (the act, future), not a
    threat; a pursuit ("would be hunted down") stays a threat."""
    return (
        lemma(verb) not in _PURSUIT_VERBS
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})


def _prospective_condition(tok: Token) -> bool:
    """ "before any reopening of the crossings", "until any easing of sanctions": an act still to
    come, set as a condition (gold/fresh3: RETREAT hypothetical), never a back-reference."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("before", "until", "without")
        and any(d.dep_ == "det" and d.lower_ == "any" for d in tok.children)
    )


# Acts a participle of saying may report beside an accusation, demand or denial; its
# pledges and concessions ("saying the government had honoured its commitments") only argue
# the case.
_TOLD_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "PROTEST", "CONSULT"})


def _participle_reports(verb: Token, region: set[int], lex: Lexicon) -> set[int]:
    """Tokens of the clauses that a participle of saying ("…, saying …", "…, adding that …")
    inside `verb`'s complement reports."""
    told: set[int] = set()
    for i in region:
        t = verb.doc[i]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and lemma(t) in lex.reporting_verbs:
            told |= {x.i for c in t.children if c.dep_ in ("ccomp", "parataxis") for x in c.subtree}
    return told


def _charged_gerund(verb: Token) -> bool:
    """ "accused X of carrying out…", "blamed X for staging…": the gerund an accusation charges
    its addressee with."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    gov = prep.head
    if gov.pos_ in ("NOUN", "PROPN", "PRON") and gov.dep_ == "dobj":
        gov = gov.head  # the parser may hang "of" on the accused party
    return gov.pos_ in ("VERB", "AUX") and lemma(gov) in _ACCUSING_VERBS


def _announced_copy(c: Candidate) -> Candidate:
    """The announced act itself ("said it would pay compensation" → AID, future), kept beside
    the pledge or threat the statement is coded as, and ranked below it."""
    return dataclasses.replace(
        c,
        conf=round(c.conf - 0.15, 3),
        absorbs=False,
        commit=False,
        notes=[*c.notes, "announced act: coded beside the statement of intent"],
    )


def _announced_by(act: Token, speech: Token, by_tok: dict[int, Candidate], lex: Lexicon) -> bool:
    """The act is the speech verb's own complement clause: no other trigger or reporting verb
    stands between them ("warned that X would demand that Y attack" announces no attack), and
    no clause of consequence or time ("agreed to a truce, ending a week of fighting")."""
    cur, hops = act, 0
    speech_type = by_tok[speech.i].type if speech.i in by_tok else None
    while cur.i != speech.i:
        hops += 1
        if hops > 4:
            return False  # "accused X of trying to cover up its failures by bombing…"
        # "warned that it reserves the right to respond": the infinitive of a noun (acl)
        infinitive = cur.dep_ == "acl" and has_to_marker(cur)
        # "rejected reports that refugees were being pushed out", "denied claims that…": the
        # content clause of a report noun the speech act answers
        content = (
            cur.dep_ in ("acl", "ccomp")
            and cur.head.pos_ == "NOUN"
            and lemma(cur.head) in lex.word_classes.get("accusation", frozenset())
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in cur.children)
        )
        if (
            cur.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "prep", "dobj")
            and not infinitive
            and not content
        ) or cur.head.i == cur.i:
            return False
        between = by_tok.get(cur.i)
        if cur.i != act.i and (
            # (a threat inside a warning is the same speech act, not another one)
            between is not None
            and between.type != speech_type
            # (the noun "reports"/"claims" is what is answered, not a reporting verb)
            or lemma(cur) in lex.reporting_verbs
            and cur.pos_ in ("VERB", "AUX")
        ):
            return False
        cur = cur.head
    return True


def _failed_to_agree(verb: Token) -> bool:
    """ "the two governments cannot agree on whom they hit": parties unable to agree about
    something reached no agreement, and neither refused one (as "failed to agree" is no
    event, `_is_failed_act`); "we cannot agree to these terms" is a refusal."""
    return any(a.dep_ == "aux" and lemma(a) in ("can", "could") for a in verb.children) and any(
        p.dep_ == "prep" and p.lower_ in ("on", "over", "about") for p in verb.children
    )


def _reported_acl(tok: Token, lex: Lexicon) -> bool:
    """ "told a television talk show that Pakistan would strike": the parser hangs the that-
    clause on the audience noun; it is what the reporting verb says all the same."""
    return (
        tok.dep_ == "acl"
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)
        and tok.head.dep_ in ("dobj", "dative", "pobj")
        and tok.head.head.pos_ in ("VERB", "AUX")
        and lemma(tok.head.head) in lex.reporting_verbs
    )


def _planned_not_pledged(clause: Token) -> bool:
    """A future cooperative act is a pledge (AGREE) unless it is a term of a concluded agreement
    ("under the accord, the states will build …"): then the act itself is reported, planned
    (annotation guide §1.7 `future`). A third party's account of a plan stays a pledge, as the
    PLOVER gold codes "Finland will give …, a statement said"."""
    return any(lemma(o) in _TERMS_NOUNS for o in _prep_objects(clause, ("under", "per")))


def _other_party_pronoun(speaker: Token, target: Token) -> bool:
    """A pronoun subject that cannot be the speaker by number ("the protesters said he must
    resign"): then a must/should statement is addressed to someone else."""
    t = target.lower_
    speaker_plural = speaker.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in speaker.children
    )
    if t in ("he", "she"):
        return speaker_plural or speaker.lower_ in ("we", "they")
    return False


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _complement_region(tok: Token) -> set[int]:
    region: set[int] = set()
    for c in tok.children:
        if c.dep_ in (
            "xcomp",
            "ccomp",
            "dobj",
            "prep",
            "attr",
            "oprd",
            "dative",
            "acomp",
            "advcl",
            "conj",
        ) and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            if (
                c.dep_ == "advcl"
                and c.tag_ != "VBG"
                and not any(m.lower_ in ("to",) for m in c.children)
            ):
                continue
            if c.dep_ == "prep" and c.lower_ in (
                "in",
                "at",
                "on",
                "during",
                "after",
                "since",
                "amid",
                "near",
            ):
                continue
            for t in c.subtree:
                region.add(t.i)
    # Relative clauses inside the complement report their own facts.
    for i in list(region):
        t = tok.doc[i]
        if t.dep_ in ("relcl",):
            region -= {x.i for x in t.subtree}
    return region


# Verbs whose subject suffers the act rather than does it.
_SUFFERED_VERBS = frozenset({"die", "perish", "succumb", "martyr", "drown", "survive"})


def _own_doer(tok: Token, by_tok: dict[int, Candidate]) -> set[str]:
    """The doer an act of force names for itself, as a one-word set (empty when it names
    none): a verb's nominal subject (a conjoined verb's is its first verb's), an act noun's
    "by" phrase ("an attack by the TTP"). Acts with different doers are not one happening."""
    subj: Token | None = None
    if tok.pos_ in ("VERB", "AUX"):
        verb = tok
        while True:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is not None and (
            # "two others injured", "60 people died": the subject is who suffered the act
            lemma(verb) in _SUFFERED_VERBS
            or verb.tag_ == "VBN"
            and not any(a.dep_ == "aux" and lemma(a) == "have" for a in verb.children)
        ):
            subj = None
    elif tok.pos_ == "NOUN":
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if (
        subj is None
        or subj.lower_ in _PRONOUNS
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.i in by_tok  # "the blast killed…": the subject is the act itself
    ):
        return set()
    return {lemma(subj)}


def _connected(a: Token, b: Token, lex: Lexicon) -> bool:
    """Same happening: one trigger governs the other without crossing a reporting verb."""
    for x, y in ((a, b), (b, a)):
        if x.is_ancestor(y):
            cur = y
            while cur.i != x.i:
                if lemma(cur) in lex.reporting_verbs and cur.i != y.i:
                    return False
                if cur.dep_ in ("relcl",) and cur.head.i != x.i:
                    return False
                if _own_clause(cur, lex):
                    return False
                cur = cur.head
            return True
    return bool(
        a.head.i == b.head.i
        and a.dep_ != "ROOT"
        and {a.dep_, b.dep_} <= {"dobj", "advcl", "conj", "xcomp", "nsubj", "pobj"}
    )


_SEQUENCE_MARKS = {"after", "before", "until"}
# What a general appeal asks for (guide §1.2: REQUEST null for restraint, dialogue): its
# coordinated wishes are one appeal, not several demands.
_GENERAL_APPEAL_WORDS = {
    "restraint",
    "calm",
    "dialogue",
    "difference",
    "tension",
    "peace",
    "escalation",
}


def _general_appeal(demanded: Token) -> bool:
    return any(
        lemma(t) in _GENERAL_APPEAL_WORDS
        for verb in _conjuncts(demanded)
        for t in verb.subtree
        if t.dep_ in ("dobj", "pobj")
    )


# Coercive measures of policy, announced as what will be done, not threatened as force.
_POLICY_MODES = {"deport", "ban", "restrict", "curfew"}
# Verbs of a lasting state: "would remain closed until…" names what the state waits for.
_LASTING_STATE_VERBS = {"remain", "stay", "keep", "be"}


def _awaited_condition(tok: Token) -> bool:
    """ "The crossing would remain closed until Afghan authorities gave guarantees that the fence
    would not be targeted": the clause after "until" is the condition for ending a state, not an
    act that happened or was announced."""
    for node in (tok, *tok.ancestors):
        if (
            node.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in ("until", "till", "unless") for m in node.children
            )
            and lemma(node.head) in _LASTING_STATE_VERBS
            and not _told_past(node.head)
        ):
            return True
    return False


def _told_past(verb: Token) -> bool:
    """A state told in the plain past ("was the group's stronghold until an offensive drove its
    fighters out"): what ended it happened; "would remain closed until…" still waits for it."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(lemma(a) not in ("be", "have", "do") for a in aux):
        return False  # a modal: would, will, could, must…
    return verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux)


# Types whose modes name different acts ("imposed a curfew and detained…"); an assault's modes
# are the weapons of one attack and a meeting's (visit, talks, mediation) facets of one meeting.
_MODE_SPLIT_TYPES = {"COERCE", "ACCUSE", "PROTEST", "SANCTION", "RETREAT"}
# Words of a plain demonstration: a PROTEST mode of its own (guide §1.2 "protest, rally, march,
# sit-in → demo") when they stand beside a blockade or a strike.
_DEMO_WORDS = frozenset({"protest", "demonstration", "rally", "march", "demonstrate", "vigil"})
# Verbs that name the thing demanded as their object ("demanded an inquiry and compensation",
# "called for an apology and compensation"): each coordinated thing is a demand of its own.
_THING_DEMAND_VERBS = frozenset({"demand", "seek", "request", "call", "ask", "press", "want"})


def _demonstration(tok: Token) -> bool:
    """A protest word naming a demonstration of its own; "in protest at" gives the purpose of
    another act (a strike, a blockade) and stays part of it."""
    return lemma(tok) in _DEMO_WORDS and not (tok.dep_ == "pobj" and tok.head.lower_ == "in")


def _coordinated_speech_acts(a: Candidate, b: Candidate) -> bool:
    """ "condemned the bombing and blamed X", "pledged $200 million and offered to train…": two
    verbal acts joined by "and" are two statements (guide §0: several events, several rows),
    unlike the physical acts of one happening ("stormed the post and killed four")."""
    if not (a.absorbs or a.commit) or not (b.absorbs or b.commit):
        return False
    x, y = a.token, b.token
    return (
        x.pos_ in ("VERB", "AUX")
        and y.pos_ in ("VERB", "AUX")
        and lemma(x) != lemma(y)
        and (y.dep_ == "conj" and y.head.i == x.i or x.dep_ == "conj" and x.head.i == y.i)
    )


def _own_clause(verb: Token, lex: Lexicon) -> bool:
    """ "Afghan forces opened fire … and troops responded", "girls are barred from school,
    women are barred from universities": a clause with a subject of its own, joined to one with
    another subject, tells a second act (annotation guide §0: several events, several rows)."""
    if (
        verb.head.i == verb.i
        or lemma(verb) in _CASUALTY_VERBS
        or lemma(verb.head) in _CASUALTY_VERBS
    ):
        return False  # "three were killed and two others injured": the victims of one attack
    if verb.dep_ == "advcl":
        # "were killed when a bomb exploded" is one event; "after an explosion damaged the
        # track" an earlier one
        if not any(m.dep_ == "mark" and m.lower_ in _SEQUENCE_MARKS for m in verb.children):
            return False
    elif verb.dep_ == "ccomp":
        head = lemma(verb.head)
        if head in lex.reporting_verbs or any(
            e.absorbs or e.commit for e in lex.entries.get((head, "VERB"), [])
        ):
            return False  # "warned that any aggression will not go unanswered": its content
    elif verb.dep_ not in ("conj", "parataxis"):
        return False
    mine = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    theirs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(mine and theirs) and lemma(mine[0]) != lemma(theirs[0])


def _anchor(tok: Token, lex: Lexicon) -> Token:
    """The verb a nominal trigger's arguments hang on ("launched an attack" → launched)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("of", "in")
        and lemma(tok.head.head) in lex.series_nouns
    ):
        # "carried out a string of attacks": the arguments hang on the verb of "string".
        tok = tok.head.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in ("VERB", "AUX")
        and tok.head.lower_ in ("to", "in", "into")
    ):
        head = tok.head.head
        if lemma(head) not in lex.reporting_verbs and lemma(head) in {
            "go",
            "hold",
            "stage",
            "take",
            "resort",
            "launch",
            "engage",
            "be",
            "remain",
            "stay",
            "keep",
        }:
            return head
    return tok


def _trigger_tokens(c: Candidate, doc: object) -> list[Token]:
    tok = c.token
    if c.span:
        return list(doc[c.span[0] : c.span[1]])  # type: ignore[index]
    out = [tok]
    for ch in tok.children:
        if ch.dep_ == "prt":
            out.append(ch)
    if tok.pos_ in ("NOUN", "PROPN"):
        out.extend(ch for ch in tok.children if ch.dep_ == "compound" and ch.i == tok.i - 1)
    return sorted(out, key=lambda t: t.i)


def _group_region(g: _Group, sent: Span) -> list[Token]:
    """The tokens whose casualty words count for the group's act: its clause, and a participle
    the parser hung on the attribution after it ("Gunmen attacked a post, officials said,
    killing three"), which tells that act's toll."""
    seen: dict[int, Token] = {}
    members = {c.token.i for c in g.members}
    for c in g.members:
        root = c.token
        if c is not g.main and root.dep_ == "pobj" and root.head.lower_ in _EARLIER_EVENT_PREPS:
            # "following raids that killed nine, rebels attacked ...": the earlier raids'
            # toll is not the attack's
            seen[root.i] = root
            continue
        if (
            root.pos_ in ("NOUN", "PROPN")
            and root.head.pos_ in ("VERB", "AUX")
            and not (g.own_noun and c is g.main)
        ):
            root = root.head
        # "After strikes in Paktika, which killed 46 people, Afghan forces attacked posts":
        # the toll of the event a time phrase points back to is that event's
        earlier = {
            t.i
            for p in root.children
            if p.dep_ == "prep" and p.lower_ in _EARLIER_EVENT_PREPS and p.i not in members
            for t in p.subtree
        }
        # "The group, which killed more than 60 people in 2023, has attacked politicians":
        # a relative clause on the doer tells another of its acts, with its own toll
        earlier |= {
            t.i
            for s in root.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for r in s.children
            if r.dep_ == "relcl" and r.i not in members
            for t in r.subtree
        }
        if _bare_count(root):
            # "gave a lower toll of 17 dead and 41 wounded", "11 of the 56 wounded": a count
            # of victims with no clause of its own; the sentence's figures are its toll, save
            # an earlier event's a time phrase points back to
            for t in sent:
                if t.i not in earlier:
                    seen[t.i] = t
            continue
        for t in root.subtree:
            if t.i not in earlier or t.i in members:
                seen[t.i] = t
        report = root.head
        charged = (
            # "accused the forces of firing mortars at civilians, wounding three children":
            # the toll hung on the charge is the charged act's
            root.dep_ == "pcomp"
            and report.lower_ in ("of", "for")
            and report.head.lemma_.lower() in _CHARGE_VERBS
        )
        if charged:
            report = report.head
        if charged or (
            root.dep_ in ("ccomp", "parataxis") and report.lemma_.lower() in _ATTRIBUTION_VERBS
        ):
            for p in report.children:
                if (
                    p.dep_ == "advcl"
                    and p.tag_ == "VBG"
                    and p.i > root.i
                    and p.lemma_.lower() not in _ATTRIBUTION_VERBS
                    and not any(s.dep_.startswith("nsubj") for s in p.children)
                ):
                    for t in p.subtree:
                        seen[t.i] = t
    return [seen[i] for i in sorted(seen)]


def _bare_count(tok: Token) -> bool:
    """Whether a death or injury participle only counts victims ("41 wounded", "the 56
    wounded"): nothing below it but figures and determiners, and no verb of its own above."""
    if lemma(tok) not in _CASUALTY_VERBS | {"wounded", "injured", "dead"} or tok.tag_ not in (
        "VBN",
        "JJ",
    ):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "conj" and lemma(tok.head) in _CASUALTY_VERBS:
        return False  # "seven were killed and 12 wounded": the pair is one clause's toll
    below = [t for t in tok.subtree if t.i != tok.i]
    figures_only = bool(below) and all(
        t.like_num or t.pos_ in ("DET", "ADP", "ADV", "PUNCT", "SPACE") for t in below
    )
    # "the 56 wounded": the participle hangs on the figure itself
    on_figure = tok.dep_ == "acl" and tok.head.like_num
    return (figures_only or on_figure) and tok.dep_ in ("conj", "acl", "amod")


# Verbs charging a party with an act ("accused X of firing ...", "blamed X for shelling ...")
_CHARGE_VERBS = {"accuse", "blame", "charge", "condemn", "criticise", "criticize"}

# Prepositions of a phrase telling an earlier or surrounding event ("after strikes that killed
# 46", "amid clashes that left ten dead"): its casualty words are that event's.
_EARLIER_EVENT_PREPS = {"after", "following", "amid", "despite", "since", "before"}


# Verbs attributing a report ("..., officials said, killing three"): what hangs on them after
# the report may belong to the act reported.
_ATTRIBUTION_VERBS = {"say", "tell", "add", "report", "confirm", "state", "announce"}


# The count for the last sentence asked about: each attack in a sentence without its own
# casualty figure asks it again, and matching the sentence's triggers anew is the costly part.
_last_assault_count: tuple[Doc | None, int, int, TriggerMatcher | None, int] = (
    None,
    -1,
    -1,
    None,
    0,
)


def _count_assault_groups(sent: Span, ex: EventExtractor) -> int:
    global _last_assault_count
    matcher = ex._matcher_for(sent.doc.vocab)
    doc, start, end, counted_by, count = _last_assault_count
    if doc is sent.doc and start == sent.start and end == sent.end and counted_by is matcher:
        return count
    count = sum(
        1
        for c in matcher.candidates(sent, set())
        if c.type == "ASSAULT" and c.token.pos_ in ("VERB", "AUX")
    )
    _last_assault_count = (sent.doc, sent.start, sent.end, matcher, count)
    return count


def _prep_objects(
    tok: Token, preps: Collection[str] | None = None, deps: Collection[str] = ("prep",)
) -> list[Token]:
    """The objects of the prepositions hung on `tok` ("pobj" children of its "prep" children,
    or of `deps`), in order; only of the prepositions in `preps` when given."""
    return [
        p
        for c in tok.children
        if c.dep_ in deps and (preps is None or c.lower_ in preps)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _words_outside_relatives(sent: Span, triggers: set[int]) -> frozenset[str]:
    """The sentence's words without relative clauses that hold none of `triggers`."""
    skip: set[int] = set()
    for t in sent:
        if t.dep_ == "relcl":
            sub = {x.i for x in t.subtree}
            if not sub & triggers:
                skip |= sub
    return frozenset(w for t in sent if t.i not in skip for w in (lemma(t), t.lower_))


_CHARGE_NOTE = "the charge {!r} answers, told with its owner"


def _charge_parties(events: list[EventRecord]) -> None:
    """The ACCUSE row of a charge told inside its denial ("Kabul rejected Islamabad's charge
    that ...") belongs to the charge's owner and is aimed at the denier: the denial's own
    parties, the other way round. The denial is the nearest REJECT before the charge's noun in
    its sentence (the noun is that verb's object)."""
    for charge in events:
        if charge.type != "ACCUSE" or not any(n.startswith("the charge ") for n in charge.notes):
            continue
        denials = [
            e
            for e in events
            if e.type == "REJECT"
            and e.sentence_span == charge.sentence_span
            and e.span[0] < charge.span[0]
        ]
        if not denials:
            continue
        denial = max(denials, key=lambda e: e.span[0])
        # with no owner the denial names, the charge's author is unknown, never the denier
        charge.actor, charge.recipient = denial.recipient, denial.actor


# A charge that names who carried out an attack the article reports gives that party's alleged
# attack beside the accusation (guide §11, "Charges about who carried out …"): "ISPR blamed the
# TTP for the bombing" is ACCUSE ISPR → TTP and ASSAULT TTP → the bombing's victims, alleged.
_CHARGED_ACTS = frozenset(
    {"attack", "bombing", "blast", "explosion", "killing", "ambush", "raid", "abduction"}
    | {"kidnapping", "assassination", "murder", "massacre", "assault", "shooting", "strike"}
    | {"airstrike", "jailbreak", "bomb"}
)
_CHARGING_WORDS = frozenset(
    {"blame", "accuse", "hold", "charge", "suspect", "hallmark", "signature", "work"}
    | {"handiwork", "fingerprint", "bear", "responsible", "culpable", "be"}
)
_AUTHORSHIP_WORDS = frozenset({"responsible", "culpable", "behind"})
# "accused India of planning the attack": a sponsor's part, which is support (AID), never the
# attack itself (guide §11, "Sponsor"): money is economic support, the rest military.
_SPONSORING_VERBS = frozenset(
    {"plan", "direct", "fund", "finance", "back", "sponsor", "arm", "train", "mastermind"}
    | {"orchestrate", "support", "instigate", "order", "pay", "help", "aid", "facilitate"}
    | {"bankroll", "hire"}
)
_PAYING_VERBS = frozenset({"fund", "finance", "pay", "bankroll", "hire"})
_TOLD_FACTUALITY = frozenset({"asserted", "alleged"})


def _charged_act(trigger: Token) -> tuple[Token, Token | None] | None:
    """The attack noun a charge is about ("blamed X for the attack", "accused X of carrying
    out the bombing", "the attack bore the hallmarks of X"), with the sponsoring verb when the
    charge names a sponsor's part ("of planning the attack"); None when it names no attack."""
    if lemma(trigger) not in _CHARGING_WORDS:
        return None
    scopes = [trigger]
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i:
        scopes.append(trigger.head)  # "the attack bore the hallmarks of X"
    for scope in scopes:
        for tok in scope.subtree:
            if tok.pos_ != "NOUN" or lemma(tok) not in _CHARGED_ACTS:
                continue
            path = []
            up = tok
            while up.i != scope.i and up.head.i != up.i:
                up = up.head
                path.append(up)
            return tok, next((v for v in path if lemma(v) in _SPONSORING_VERBS), None)
    return None


def _names_author(trigger: Token) -> bool:
    """ "the TTP was responsible for the attack", "khawarij were behind the blast": the
    accused is the clause's subject, not its speaker."""
    return lemma(trigger) in _AUTHORSHIP_WORDS or any(
        c.lower_ == "behind" for c in trigger.children
    )


def _authorship_charges(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """Charges told as "X was responsible for / behind the attack" come out of the argument
    stage with the subject as actor and the speaker as source; the speaker accuses the subject.
    With no speaker the article itself names an author, which is no one's accusation."""
    kept = []
    for e in events:
        trigger = linked.doc.char_span(*e.span, alignment_mode="expand")
        if (
            e.type == "ACCUSE"
            and e.recipient is None
            and trigger is not None
            and (_names_author(trigger.root))
        ):
            if e.reported_by is None:
                continue
            e.actor, e.recipient, e.reported_by = e.reported_by, e.actor, None
            e.notes.append("roles: the speaker accuses the author the clause names")
        kept.append(e)
    return kept


def _charged_perpetrators(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """For each charge naming a known party as the author of an attack the article told
    earlier, that party's attack, alleged, with the victims, mode, place and date of the
    attack's first row; for a charge of sponsoring it ("of planning the attack"), the party's
    support of the attackers instead. A descriptive or unknown accused ("militants operating
    from sanctuaries") adds nothing, nor does a charge whose sentence already has that party's
    act."""
    attacks = sorted(
        (e for e in events if e.type == "ASSAULT" and e.factuality in _TOLD_FACTUALITY),
        key=lambda e: e.span[0],
    )
    derived: list[EventRecord] = []
    for charge in events:
        accused = charge.recipient
        if (
            charge.type != "ACCUSE"
            or charge.mode != "allege"
            or accused is None
            or not accused.id
            or accused.id.startswith("prov:")
        ):
            continue
        trigger = linked.doc.char_span(*charge.span, alignment_mode="expand")
        found = _charged_act(trigger.root) if trigger is not None else None
        first = next((a for a in attacks if a.sentence_span[0] < charge.sentence_span[0]), None)
        if found is None or first is None:
            continue
        act, sponsoring = found
        kind = "ASSAULT" if sponsoring is None else "AID"
        if any(
            e.type == kind
            and e.sentence_span == charge.sentence_span
            and e.actor is not None
            and e.actor.id == accused.id
            for e in events
        ):
            continue
        if sponsoring is None:
            told = next(
                (
                    e
                    for e in events
                    if e.type == "ASSAULT"
                    and e.span[0] <= act.idx < e.span[1]
                    and (e.actor is None or not e.actor.id or e.actor.id.startswith("prov:"))
                ),
                None,
            )
            if told is not None:
                # the charge's own noun already gave a row ("blamed X for the attack"):
                # its unknown author is the one the charge names
                told.actor, told.factuality = accused, "alleged"
                told.recipient = told.recipient or first.recipient
                told.place = told.place or first.place
                told.date, told.date_precision = first.date, first.date_precision
                told.notes.append("charged act: the author the charge names")
                continue
            row = dataclasses.replace(
                charge,
                type="ASSAULT",
                mode=first.mode,
                context=list(first.context),
                recipient=first.recipient,
                place=first.place,
                date=first.date,
                date_precision=first.date_precision,
                notes=[*charge.notes, "charged act: the attack told earlier, by the party named"],
            )
        else:
            row = dataclasses.replace(
                charge,
                type="AID",
                mode="economic" if lemma(sponsoring) in _PAYING_VERBS else "military",
                recipient=first.actor,
                place=None,
                date=None,
                date_precision=None,
                notes=[*charge.notes, "charged act: support of the attackers told earlier"],
            )
        row.trigger = act.text if sponsoring is None else sponsoring.text
        anchor = act if sponsoring is None else sponsoring
        row.span = (anchor.idx, anchor.idx + len(anchor.text))
        row.actor = accused
        row.fatalities = row.injured = None
        row.factuality = "alleged"
        row.reported_by = None
        derived.append(row)
    return derived


def _owned_charge(noun: Token, lex: Lexicon) -> bool:
    """ "Pakistani allegations that it funds X", "Islamabad's charge that they shelter Y": an
    accusation noun with its owner (a possessive or a national adjective) and its content (a
    that-clause or "of"-phrase)."""
    if lemma(noun) not in lex.word_classes.get("accusation", frozenset()) or lemma(noun) in (
        "report",
        "statement",
        "remark",
        "speculation",
        "rumour",
        "rumor",
        "suggestion",
    ):
        return False
    owned = any(
        d.dep_ == "poss"
        and d.pos_ in ("PROPN", "NOUN")
        or d.dep_ in ("amod", "compound")
        and d.ent_type_ in ("NORP", "GPE", "ORG")
        for d in noun.children
    )
    told = any(
        d.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children)
        or d.dep_ == "prep"
        and d.lower_ == "of"
        and any(o.tag_ == "VBG" for o in d.children)
        for d in noun.children
    )
    return owned and told


_HABITUAL_ADVERBS = frozenset(
    {"repeatedly", "long", "always", "consistently", "routinely", "often"}
)
# "during a search operation": the operation is told by the acts beside it (guide §10).
_OPERATION_NOUNS = frozenset({"operation", "sweep", "crackdown", "offensive", "campaign"})
# Instruments that make a killing an attack on whoever is near, not on one person.
_HEAVY_INSTRUMENT_MODES = frozenset(
    {"suicide-attack", "drone", "aerial", "explosives", "heavy-weapons"}
)
# Public figures whose killing is aimed at the person, singly or as a class ("killed 11 clerics").
_TARGET_ROLES = frozenset(
    {
        "cleric", "scholar", "leader", "governor", "judge", "journalist", "politician",
        "lawmaker", "legislator", "elder", "mayor", "activist", "minister", "candidate",
        "mullah", "imam", "maulana", "maulvi", "lawyer", "councillor", "councilor", "senator",
    }
)  # fmt: skip
_KILLING_VERBS = frozenset({"kill", "shoot", "gun", "murder", "slay", "stab"})


def _targeted_victim(tok: Token) -> bool:
    """The act kills or shoots one particular person (a named one, or a public figure)."""
    doc = tok.doc
    heads = [tok]
    if tok.lower_ == "shot" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "dead":
        heads.append(doc[tok.i + 1])  # "shot dead a cleric" parsed with "dead" as the verb
    verbs = [
        h
        for h in heads
        if h.pos_ in ("VERB", "AUX")
        and lemma(h) in _KILLING_VERBS
        or h.lower_ == "dead"
        and h.i > 0
        and doc[h.i - 1].lower_ == "shot"
    ]
    victims = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    for v in victims:
        if v.pos_ == "PRON" or v.lower_ in ("who", "which", "that"):
            continue
        if any(c.dep_ == "nummod" for c in v.children) and lemma(v) not in _TARGET_ROLES:
            return False  # "shot dead three armed men"
        if lemma(v) in _TARGET_ROLES and v.tag_ in ("NN", "NNP"):
            # one public figure; "killed three TTP leaders in an operation" is no
            # targeted killing
            return True
        named = v.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in v.children
        )
        if named and v.tag_ in ("NN", "NNP"):
            return True
    return False


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _is_actorish(tok: Token, tok_actor: dict[int, ActorMention], lex: Lexicon) -> bool:
    return tok.i in tok_actor or tok.ent_type_ in _ENT_ACTOR_LABELS - {"GPE"}


def _np_text(tok: Token) -> tuple[str, set[int]]:
    keep = [tok]
    for c in tok.lefts:
        if c.dep_ in (
            "compound",
            "amod",
            "nummod",
            "poss",
            "nmod",
            "det",
            "quantmod",
        ) and c.lower_ not in ("the", "a", "an"):
            keep.extend(c.subtree)
    for c in tok.rights:
        if c.dep_ in ("compound", "appos") and c.i == tok.i + 1:
            keep.append(c)
    keep = sorted(set(keep), key=lambda t: t.i)
    start, end = keep[0], keep[-1]
    text = tok.doc[start.i : end.i + 1].text
    return text, {t.i for t in keep}


def _conjoined_modifiers(head: Token, tok_actor: dict[int, ActorMention]) -> list[ActorMention]:
    """The mentions of "Afghan and Pakistani" in "Afghan and Pakistani forces", when they
    stand for different actors (else [])."""
    # "the IOM and Taliban officials": the parser hangs a name before the head as nmod
    first = next(
        (c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i),
        None,
    )
    if first is None or not any(c.dep_ == "conj" for c in first.children):
        return []
    found: list[ActorMention] = []
    for tok in _conjuncts(first):
        m = tok_actor.get(tok.i)
        if m is None or m.actor_id is None:
            return []
        if m.actor_id not in {f.actor_id for f in found}:
            found.append(m)
    return found if len(found) > 1 else []


def _mention_in_phrase(
    tok: Token, tok_actor: dict[int, ActorMention], *, skip_attributed: bool = False
) -> ActorMention | None:
    """A mention inside the phrase: "members of the TTP", "Pakistan's interior minister"."""
    best = None
    for t in tok.subtree:
        m = tok_actor.get(t.i)
        if (
            m is not None
            and t.i != tok.i
            and t.dep_ not in ("relcl",)
            and not (skip_attributed and m.rule == "attributed")
            and not any(
                # nor one inside a clause of its own: "agencies of funding the insurgents"
                (
                    (
                        a.dep_ in ("relcl", "acl", "appos")
                        # "a statement attributed to IS-K", "a video released by the group":
                        # the author of what is said is the one saying it
                        and not (
                            a.dep_ == "acl"
                            and a.head.i == tok.i
                            and lemma(tok) in _MESSAGE_NOUNS
                            and lemma(a) in _AUTHORING_VERBS
                        )
                    )
                    or (a.dep_ == "pcomp" and a.pos_ == "VERB")
                    # "a Chinese-led consortium", "Iran-backed militias": a party of their own
                    or (a.dep_ == "amod" and a.tag_ == "VBN" and lemma(a) in _SPONSOR_VERBS)
                )
                and tok.is_ancestor(a)
                and a.is_ancestor(t)
                for a in t.ancestors
            )
        ):
            d = abs(t.i - tok.i)
            if best is None or d < best[0]:
                best = (d, t)
    if best is not None and best[0] <= 6:
        return tok_actor[best[1].i]
    return None


def _ref_for(
    tok: Token,
    tok_actor: dict[int, ActorMention],
    lex: Lexicon,
    *,
    require_actor: bool,
    people: frozenset[str] = frozenset(),
) -> ActorRef | None:
    """The actor a noun phrase head stands for: a linked mention, or an unlinked actor-like NP."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (
        of is not None
        and (tok.like_num or lemma(tok) in _QUANTITY_NOUNS)
        and tok.i not in tok_actor
    ):
        # "hundreds of residents", "three of the assailants": the people counted
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            counted = _ref_for(pobj, tok_actor, lex, require_actor=require_actor, people=people)
            if counted is not None and not hasattr(counted, "_head"):
                # "one of its members": whether the people counted refer back is read on them
                counted._head = pobj  # type: ignore[attr-defined]
            return counted
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        # "commanders, some of whom fought ...", "militants, most of which ...": the antecedent
        whom = next((p for p in _prep_objects(tok, ("of",)) if p.lower_ in ("whom", "which")), None)
        if whom is not None:
            return _ref_for(
                tok.head.head, tok_actor, lex, require_actor=require_actor, people=people
            )
    relative = tok.lower_ in ("which", "that", "who") and tok.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
    )
    if relative and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl":
        # "strikes by Pakistan, which the Taliban said killed ...": the relative clause is
        # what someone said about the antecedent
        clause = tok.head.head
    elif relative and tok.head.dep_ == "relcl":
        clause = tok.head
    else:
        clause = None
    if clause is not None:
        # "strikes by Pakistan, which killed ...", "ETIM, which Beijing blames": the antecedent
        tok = clause.head
        by = next(
            (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children),
            None,
        )
        if by is not None and by.dep_ == "pobj" and tok.i not in tok_actor:
            # an act named by its author ("strikes by Pakistan, which ... killed"): the author
            tok = by
    titled = next(
        (
            c
            for c in tok.subtree
            if c.dep_ == "appos"
            and c.ent_type_ == "PERSON"
            and c.head.ent_type_ != "PERSON"
            # the title's own phrase ("envoy to the UN, Asim Ahmad" may hang on "UN"), not a
            # clause inside it
            and all(
                a.dep_ in ("prep", "pobj", "appos")
                for a in c.ancestors
                if a.i != tok.i and tok.is_ancestor(a)
            )
        ),
        None,
    )
    if titled is not None and tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN":
        # "Pakistan's envoy to the UN, Asim Ahmad, welcomed ...": the person named acts, not
        # the state or body his title names (the guide codes the most specific actor)
        return _ref_for(titled, tok_actor, lex, require_actor=require_actor, people=people)
    named_as = next(
        (
            p
            for a in tok.children
            if a.dep_ == "appos"
            for v in a.children
            if v.dep_ == "acl" and lemma(v) in ("name", "identify")
            for p in _prep_objects(v, ("as",))
            if p.ent_type_ == "PERSON"
        ),
        None,
    )
    if named_as is not None and tok.i not in tok_actor and tok.ent_type_ != "PERSON":
        # "The American, a contractor named in US media as Daniel Reeve, was detained": the
        # person the apposition names
        return _ref_for(named_as, tok_actor, lex, require_actor=require_actor, people=people)
    mention = tok_actor.get(tok.i)
    if mention is None:
        mention = _mention_in_phrase(tok, tok_actor)
    elif mention.rule == "generic" and lemma(tok) in _AGENT_NOUNS:
        # "a spokesman for the Ministry of External Affairs", "an official of the Foreign
        # Office": the body the unnamed person speaks or acts for (the guide's actor)
        body = next(
            (
                tok_actor[p.i]
                for p in _prep_objects(tok, ("of", "for", "from"))
                if p.i in tok_actor and tok_actor[p.i].rule != "generic" and tok_actor[p.i].actor_id
            ),
            None,
        )
        mention = body or mention
    guessed = None
    if mention is not None and mention.rule == "attributed":
        # "Militants stormed ...": the linker's guess at the group behind unnamed attackers is
        # an inference from elsewhere in the article (a claim of responsibility), not what this
        # sentence reports; the event names them as the text does unless the phrase itself
        # names the group ("gunmen from the BLA", "militants of the TTP").
        span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        head = span.root if span is not None else tok
        named = _mention_in_phrase(head, tok_actor, skip_attributed=True)
        if named is not None:
            mention = named
        else:
            guessed, mention, tok = mention, None, head
    if (
        mention is not None
        and mention.rule == "demonym"
        and (
            (tok.i not in tok_actor and lemma(tok) in people)
            or (
                tok_actor.get(tok.i) is mention
                and tok.tag_ in ("NNS", "NNPS")
                and mention.text.strip().lower() == tok.lower_
            )
        )
    ):
        # "Afghan workers", "15,000 Afghans": people of that nationality, not their state
        guessed, mention = mention, None
    if mention is not None and mention.rule == "demonym" and tok_actor.get(tok.i) is not mention:
        # "the number of Afghans returning": the people counted inside the phrase
        people_tok = next(
            (
                t
                for t in tok.subtree
                if tok_actor.get(t.i) is mention
                and t.tag_ in ("NNS", "NNPS")
                and mention.text.strip().lower() == t.lower_
            ),
            None,
        )
        if people_tok is not None:
            guessed, mention, tok = mention, None, people_tok
    if mention is not None:
        text = mention.text
        whose = next(iter(_prep_objects(tok, ("of",))), None)
        if (
            mention.rule == "generic"
            and tok_actor.get(tok.i) is mention
            and lemma(tok) in people
            and whose is not None
            and whose.i - tok.i <= 4
        ):
            # "each family of the dead": an unnamed group is known by the words that say
            # whose it is
            text = tok.doc[tok.i : whose.i + 1].text
        ref = ActorRef(id=mention.actor_id, name=None, text=text)
        ref._tokens = {  # type: ignore[attr-defined]
            t.i
            for t in tok.doc.char_span(mention.start, mention.end, alignment_mode="expand") or []
        }
        ref._mention = mention  # type: ignore[attr-defined]
        return ref
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return None
    if tok.like_num:
        return None
    carried = next(
        (
            o
            for c in tok.children
            if c.dep_ == "acl"
            and lemma(c) in _CARRYING_VERBS
            # "accused the forces of carrying out the strike": a deed, not a load
            and not any(k.dep_ == "prt" for k in c.children)
            for o in c.children
            if o.dep_ in ("dobj", "obj")
        ),
        None,
    )
    if carried is not None:
        # "fired on a vehicle carrying a survey team", "rammed a car into a convoy carrying
        # Chinese engineers": the people it carried were the target
        return _ref_for(carried, tok_actor, lex, require_actor=require_actor, people=people)
    if lemma(tok) in _PLACE_NOUNS or (
        tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ == "compound"
    ):
        return None  # "Bannu district", "the South Waziristan attack": where, not who
    is_actor = (
        guessed is not None
        or tok.ent_type_ in _ENT_ACTOR_LABELS
        or lemma(tok) in lex.actor_nouns
        or tok.lower_ in lex.actor_nouns
        or lemma(tok) in lex.anaphoric_nouns
        or any(c.dep_ == "compound" and c.ent_type_ in _ENT_ACTOR_LABELS for c in tok.children)
        or _party_slot(tok)
    )
    if not is_actor:
        return None
    text, toks = _np_text(tok)
    ref = ActorRef(id=None, name=None, text=text)
    ref._tokens = toks  # type: ignore[attr-defined]
    ref._head = tok  # type: ignore[attr-defined]
    return ref


def _named_members(
    head: Token, tok_actor: dict[int, ActorMention], lex: Lexicon, cues: RecipientCues
) -> ActorRef | None:
    """The group a count of people names inside its own phrase: "nine people, including six
    soldiers", "nine people, six of them soldiers", "19 people whom they described as
    civilians" (the victims' group, which the guide codes rather than "people")."""
    found: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "among"):
            found.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "appos":
            found.append(c)
        elif c.dep_ == "relcl" and lemma(c) in ("describe", "identify", "list"):
            found.extend(_prep_objects(c, ("as",)))
    for tok in found:
        ref = _ref_for(tok, tok_actor, lex, require_actor=True, people=cues.people_nouns)
        if ref is not None and lemma(getattr(ref, "_head", tok)) not in cues.generic_people:
            return ref
    return None


def _reproached_blamer(tok: Token) -> Token | None:
    """The subject told to stop blaming: "Pakistan should look inward instead of blaming X",
    "... rather than blame X", "Pakistan should stop blaming X" (else None)."""
    head = tok.head
    if (
        tok.dep_ == "pcomp"
        and head.lower_ == "of"
        and any(c.lower_ == "instead" for c in head.children)
    ):
        clause = head.head
    elif (
        tok.dep_ == "conj"
        and any(
            c.lower_ == "than" and any(r.lower_ == "rather" for r in c.children)
            for c in head.children
        )
        or tok.dep_ in ("xcomp", "pcomp", "dobj")
        and lemma(head) in ("stop", "quit", "cease")
    ):
        clause = head
    else:
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _place_named(
    ref: ActorRef, tok_place: dict[int, PlaceMention], linked: LinkedDoc
) -> PlaceMention | None:
    """The place mention an argument with no actor id consists of ("Kazakhstan", "Kabul")."""
    if ref.id:
        return None
    for i in sorted(getattr(ref, "_tokens", set())):
        pm = tok_place.get(i)
        if (
            pm is not None
            and pm.place_id in linked.places
            and pm.text.strip() == (ref.text or "").strip()
        ):
            tok = linked.doc[i]
            while tok.head.i in getattr(ref, "_tokens", set()) and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS:
                return None  # "infiltrated from Afghanistan": where, not a party
            return pm
    return None


_OWN_POSSESSIVES = {"its", "their", "our", "his", "her"}
# Nouns of a meeting whose place is where what was agreed or said at it was made.
_MEETING_NOUNS = {"talk", "talks", "meeting", "negotiation", "summit", "conference", "round"}
# Prepositions whose object is where an act happens or comes from, not a party to it.
_WHERE_PREPS = {"from", "in", "into", "inside", "across", "through", "near", "at", "along", "over"}


def _future_form(verb: Token) -> bool:
    """Whether the clause is grammatically future ("will meet", "is expected to discuss",
    "agreed to meet again", "would send"), not only near a future word elsewhere."""
    for tok in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in tok.children):
            return True
    return verb.dep_ == "xcomp" and lemma(verb.head) in _FUTURE_GOVERNORS


_FUTURE_GOVERNORS = {"agree", "plan", "expect", "schedule", "intend", "decide", "pledge", "promise"}


def _meeting_place(
    anchor: Token,
    named: list[tuple[PlaceMention, list[Token]]],
    excluded: set[int],
    linked: LinkedDoc,
) -> PlaceRef | None:
    """Where the talks were that a statement came out of: "agreed to a ceasefire after talks
    in Doha", "a meeting in Beijing, at which the three sides pledged ...", "talks in Istanbul
    ended, with both sides blaming the other" (guide §1.4: where it was made)."""
    for m, toks in named:
        if not toks or any(t.i in excluded for t in toks):
            continue
        root = max(toks, key=lambda t: -_depth(t))
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        # the meeting the place belongs to, also through its other modifiers ("a meeting with
        # the foreign ministers in Beijing", "a round of talks ... in Istanbul")
        cur, meeting = root.head.head, None
        for _ in range(4):
            if lemma(cur) in _MEETING_NOUNS or cur.lower_ in _MEETING_NOUNS:
                meeting = cur
            if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
                break
            cur = cur.head
        if meeting is None:
            continue
        top = cur if cur.pos_ in ("NOUN", "PROPN") else meeting
        # "agreed ... after talks in Doha": talks the act came out of, not talks it asks for
        # or offers ("offered to host talks in Almaty")
        after_talks = anchor.is_ancestor(top) and not any(
            # nor talks another act came out of ("accused X of breaching a ceasefire agreed
            # at talks in Riyadh", whichever way the parser hangs the participle)
            a.dep_ in ("xcomp", "ccomp", "dobj")
            or (
                a.pos_ == "VERB"
                # "after talks in Doha mediated by Qatar": still the talks it came out of
                and not any(
                    k.dep_ == "mark" and k.lower_ in ("after", "following") for k in a.children
                )
            )
            for a in [top, *top.ancestors]
            if anchor.is_ancestor(a)
        )
        if (
            top.is_ancestor(anchor)
            or after_talks
            or (top.dep_ in ("nsubj", "nsubjpass", "dobj") and top.head.is_ancestor(anchor))
        ):
            return linked.place_ref(m)
    return None


def _cause_authors(verb: Token, tok_actor: dict[int, ActorMention], lex: Lexicon) -> list[Token]:
    """Who carried out the act named in "killed in Pakistani air strikes" / "wounded in an
    attack by militants": the event noun's actor-like modifier or its "by" object."""
    # "12 were killed and 100 wounded in ... strikes": the phrase may hang on the second verb
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    objects = (obj for v in verbs for obj in _prep_objects(v, ("in",)))
    for noun in (p for obj in objects for p in _conjuncts(obj)):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ in ("amod", "compound", "poss"):
                # "fighting and Pakistani air strikes": the parser may conjoin the modifiers
                named = [m for m in _conjuncts(c) if m.i in tok_actor]
                if named:
                    return named[:1]
                if c.dep_ in ("amod", "compound") and lemma(c) in _ARMED_GROUP_WORDS:
                    # "killed in militant attacks": the unnamed group the attacks are told of
                    return [c]
    return []


# Words for an unnamed armed group used as a modifier of its acts ("militant attacks",
# "insurgent raids"): the attacks' doer, as the guide codes it (`?:militants`)
_ARMED_GROUP_WORDS = frozenset(
    {"militant", "terrorist", "insurgent", "rebel", "separatist", "jihadist", "extremist"}
)


def _counted_people(ref: ActorRef | None, cues: RecipientCues) -> bool:
    """An unnamed count of people ("nine people") rather than a group or party."""
    if ref is None or _is_identified(ref) or not ref.text:
        return False
    return ref.text.split()[-1].lower() in cues.generic_people


def _party_slot(tok: Token) -> bool:
    """An object the verb's frame makes a party, whatever the noun: "accused foreign networks
    of trying ...", "urged donors to fund ..." (someone who does the act that follows)."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.head.head.dep_ in ("dobj", "obj")
        and lemma(tok.head.head) in _PACT_NOUNS
    ):
        return True  # "signed a contract with a Chinese-led consortium": the other party
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    if tok.tag_ not in ("NNS", "NNPS") and tok.pos_ != "PROPN":
        return False  # "used tear gas to clear the road": a singular common noun is a means
    # "of" may hang on the verb or, misparsed, on the object itself
    for c in [*tok.head.children, *tok.children]:
        if c.i < tok.i:
            continue
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        ):
            return True
        if c.dep_ == "xcomp" and has_to_marker(c):
            return True
    return False


def _described_elsewhere(place: Token, member_tokens: set[int]) -> bool:
    """A place inside the event's phrase that belongs to a description of a participant, not
    to the event: "a commander it held responsible for the bombing in Bannu" (a relative
    clause of its own), "a Dubai-based exchange business" (where the business is)."""
    if place.head.lemma_.lower() == "base" or any(
        c.lemma_.lower() == "base" and c.dep_ in ("amod", "acl") for c in place.children
    ):
        return True
    cur = place
    for _ in range(12):
        if cur.i in member_tokens or cur.head.i == cur.i:
            return False
        if cur.dep_ == "acl" and lemma(cur) in _ATTRIBUTING_PARTICIPLES:
            # "two commanders blamed for a suicide bombing in Bannu", "a man wanted for
            # attacks in Quetta": where the label's deed was, not where this act is
            return True
        if cur.dep_ == "relcl":
            # a clause with its own subject (participle phrases, "troops waiting at Quetta
            # station", still place the scene); a clause of the participants' way into the
            # scene ("militants who crossed into the Arandu area") places it too
            return lemma(cur) not in _ENTRY_VERBS
        cur = cur.head
    return False


# Participles that label a participant with a deed done elsewhere ("a commander blamed for
# the Bannu bombing"): a place inside them is not where the event happened.
_ATTRIBUTING_PARTICIPLES = {
    "accuse",
    "suspect",
    "charge",
    "convict",
    "want",
    "allege",
    "blame",
    "hold",
    "link",
    "tie",
    "connect",
    "ally",
    "affiliate",
    "implicate",
}


# The answer for the last document asked about: every argument and place of every event asks.
_last_dateline_end: tuple[Doc | None, int] = (None, -1)


def _dateline_end(doc: Doc) -> int:
    """Index of the dash closing a dateline ("BANNU, Pakistan —"), else -1."""
    global _last_dateline_end
    if _last_dateline_end[0] is doc:
        return _last_dateline_end[1]
    end = -1
    for t in doc[:8]:
        if t.text in ("—", "–") and t.i > 0:
            first = doc[0].text
            end = t.i if len(first) >= 3 and first.isupper() else -1
            break
    _last_dateline_end = (doc, end)
    return end


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}
_KIND_PENALTY = {"country": 0.3, "admin1": 0.15, "admin2": 0.05}
_FORCE_SECTORS = ("MIL",)
_BOTH_SIDES = re.compile(r"\b(both|the two) (sides|countries|governments)\b", re.IGNORECASE)
# Verbs of coming into a place: "militants who crossed into X" brings them to the scene.
_ENTRY_VERBS = {"cross", "infiltrate", "enter", "sneak", "penetrate", "intrude"}
# How far a district the gazetteer gives no province for may lie from a province's centre to
# be taken as inside it.
_WITHIN_PROVINCE_KM = 150.0
# The score of a place hung on the event by a preposition of place ("in", "near"), not merely
# standing in its words.
_ATTACHED_PLACE_SCORE = 2.4
_PLURAL_PRONOUNS = {"they", "them"}
_CARRYING_VERBS = {"carry", "transport", "ferry"}
# nouns of a party that "any" leaves unnamed ("any country", "any agency")
_ANY_PARTY = frozenset({"country", "nation", "state", "government", "agency", "group", "party"})
# verbs of handing things over, whose "to" names who receives them
_HANDING_VERBS = frozenset({"hand", "give", "deliver", "surrender", "present", "donate"})
_TITLE_NOUNS = {"minister", "governor", "president", "premier", "spokesman", "spokesperson"}
# verbs whose object names the act their subject does ("staged a sit-in", "held a protest");
# "staged" is listed as written, the tagger may lemmatise it as a noun's verb
_STAGING_VERBS = {
    "stage",
    "staged",
    "stages",
    "launch",
    "mount",
    "conduct",
    "hold",
    "organise",
    "organize",
    "observe",
}
_PACT_NOUNS = {"contract", "deal", "agreement", "accord", "pact", "memorandum", "treaty"}


def _named_as(tok: Token) -> bool:
    """`tok` names what "what" stands for: "condemned what she described as an attack"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and lemma(tok.head.head) in _NAMING_VERBS
        and any(c.lower_ == "what" for c in tok.head.head.children)
    )


def _summing_noun(anchor: Token, cues: RecipientCues) -> Token | None:
    """The noun a relative clause trigger hangs on when that noun sums up the sentence's main
    clause ("..., a claim the ministry denied", "..., a request Pakistan has resisted"), or
    None. The trigger has no object of its own: the noun is what it answers."""
    noun = anchor.head
    misread = _summing_compound(anchor)
    if misread is not None:
        noun = misread
    # set off by a comma after the clause it sums up ("rejected a claim he had made" has the
    # noun as the main verb's own object: not this)
    elif anchor.dep_ != "relcl" or noun.dep_ not in ("npadvmod", "appos"):
        return None
    words = {lemma(noun), noun.lower_}
    if not (
        words & cues.content_nouns
        or any(cues.event_nouns.get(w) in ("ACCUSE", "REQUEST", "AGREE") for w in words)
    ):
        return None
    if any(
        c.dep_ in ("dobj", "obj", "ccomp") and not (misread is not None and c.i < noun.i)
        for c in anchor.children
    ):
        return None
    return noun


def _summing_compound(anchor: Token) -> Token | None:
    """The summing noun of "..., an allegation police denied" where the parser read "an
    allegation police" as one noun phrase, the subject of the trigger, and hung the clause
    summed up on the trigger: the noun as the subject's leading compound, or None."""
    subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    noun = next((c for c in subj.children if c.dep_ == "compound" and c.i < subj.i), None)
    det = next((c for c in subj.children if c.dep_ == "det" and c.i < subj.i), None)
    if noun is None or det is None or det.lower_ not in ("a", "an") or det.i == 0:
        return None
    # set off by a comma after the clause it sums up
    return noun if anchor.doc[det.i - 1].lower_ == "," else None


# What a party puts out in its own name, and the verbs that say whose it is ("a statement
# attributed to IS-K", "a video released by the group")
# (data/recipients.yaml: message_nouns, authoring_verbs)
_MESSAGE_NOUNS = load_cues().message_nouns
_AUTHORING_VERBS = load_cues().authoring_verbs
# Verbs of naming in "what he called the killing", "what she described as an attack"
_NAMING_VERBS = load_cues().naming_verbs
_SPONSOR_VERBS = {"lead", "back", "fund", "sponsor", "support", "own", "run"}
_PLACE_NOUNS = {"district", "province", "region", "area", "city", "town", "village", "valley"}
_QUANTITY_NOUNS = {"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "scores"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
_NON_STATE_SECTORS = {"REB", "UAF", "CRM"}
# Bodies of a state that hold its government to account: their protests and demands go to it.
_OPPOSING_SECTORS = {"LEG", "OPP", "PTY"}
# Bodies whose appeals with no addressee are made to everyone ("called for restraint").
_GENERAL_APPEAL_SECTORS = {"IGO", "NGO"}


def _anaphor_kind(tok: Token, ref: ActorRef | None, lex: Lexicon) -> str | None:
    """How an argument phrase refers back: "pron" (they), "def" (the attackers), "poss" (its
    fighters) or "pair" (the two sides); None for a phrase that names its actor itself."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return "pron"
    if ref is None and tok.lower_ == "it" and tok.dep_ == "nsubj":
        # "It called on Kabul to ...": an organisation the linker left unresolved
        return "it"
    if (
        ref is None
        and tok.lower_ == "two"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(k.dep_ == "det" and k.lower_ == "the" for k in tok.children)
    ):
        # "X met Y, and the two agreed to ...": the two parties just told of
        return "duo"
    if ref is None:
        return None
    mention = getattr(ref, "_mention", None)
    word = lemma(tok)
    kids = list(tok.children)
    if (
        mention is not None
        and mention.text.strip().lower() in ("its", "their")
        and any(k.dep_ == "poss" and k.lower_ == mention.text.strip().lower() for k in kids)
        and (word in lex.actor_nouns or word in lex.anaphoric_nouns)
    ):
        # "the NRF said its fighters ...": the linker's guess at the possessor (a clause
        # subject, possibly a misparsed dateline) yields to the speaker when there is one
        return "poss"
    if any(
        k.dep_ == "poss"
        and lemma(k) in lex.pair_nouns
        and any(x.lower_ in ("both", "two") for x in k.children)
        for k in kids
    ):
        # "the two sides' border commanders were to meet": each side's, one party each
        return "pair"
    if word in lex.pair_nouns and any(k.lower_ == "all" for k in kids):
        # "urged all sides to let health workers work": an appeal to no party in particular
        return "everyone"
    if word in lex.pair_nouns and any(k.lower_ == "three" for k in kids):
        # "the three governments": each party, whichever one the linker settled on
        return "trio"
    if word in lex.pair_nouns and any(k.lower_ in ("both", "two") for k in kids):
        # "urged both governments": two parties, whichever one the linker settled on
        return "pair"
    if ref.id and not ref.id.startswith("prov:") and (mention is None or mention.rule != "generic"):
        return None
    if word in lex.pair_nouns and (
        any(k.lower_ in ("both", "two", "three") for k in kids)
        or any(k.lower_ == "each" for k in tok.head.children)
    ):
        return "pair"
    if any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in kids) and (
        word in lex.actor_nouns or word in lex.anaphoric_nouns
    ):
        return "poss"
    if word not in lex.anaphoric_nouns and tok.lower_ not in lex.anaphoric_nouns:
        return None
    if any(k.dep_ == "det" and k.lower_ in _DEFINITE_DETS for k in kids):
        return "def"
    if tok.dep_ in ("dobj", "nsubjpass") and any(k.dep_ == "nummod" for k in kids):
        # "troops killed 11 attackers", "two assailants were killed": a count of the
        # attackers already told of, as victims of the response
        return "def"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        return None
    if (
        tok.dep_ == "nsubj"
        and any(k.dep_ == "nummod" for k in kids)
        and not any(k.dep_ in ("det", "poss", "compound", "amod") for k in kids)
    ):
        # "According to police, about 40 militants blocked the road": a count of the
        # attackers the story has just told of, giving the details of the same incident
        return "count"
    return None


def _claimant(events: list[EventRecord], linked: LinkedDoc) -> ActorRef | None:
    """The named group whose claim of responsibility for the story's attack the events tell,
    if only one group claimed it."""
    claimed = {
        p.actor.id: p.actor
        for p in events
        if p.type == "ASSAULT"
        and _is_identified(p.actor)
        and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
        and _non_state(p.actor, linked)
        and (p.trigger.lower().startswith("claim") or _responsibility(p, linked) is not None)
    }
    return next(iter(claimed.values())) if len(claimed) == 1 else None


def _unnamed_group(ref: ActorRef | None) -> bool:
    """A plural group the knowledge base does not know ("aid groups", "about 20 women"): what
    a "they" or "them" in the next breath most often means."""
    if ref is None or _is_identified(ref):
        return False
    words = (ref.text or "").lower().split()
    return bool(words) and (
        words[-1] in _IRREGULAR_PLURALS or (words[-1].endswith("s") and len(words[-1]) > 3)
    )


_IRREGULAR_PLURALS = {"women", "men", "people", "children", "police", "staff", "personnel"}


def _is_identified(ref: ActorRef | None) -> TypeGuard[ActorRef]:
    return bool(ref is not None and ref.id and not ref.id.startswith("prov:"))


def _non_state(ref: ActorRef | None, linked: LinkedDoc) -> bool:
    """An unnamed or non-state party: what "the attackers" or "the militants" can refer to."""
    if ref is None:
        return False
    if not _is_identified(ref):
        return True
    actor = linked.actors.get(ref.id or "")
    return actor is not None and actor.sector in _NON_STATE_SECTORS


def _resolve_anaphors(events: list[EventRecord], linked: LinkedDoc, lex: Lexicon) -> None:
    """Replace "the attackers", "they", "its fighters", "the two sides" with the parties named
    earlier in the document (the demo gold, like analysts, codes the named party)."""
    # "both sides agreed", "urged both countries": one event per party (mutual acts are
    # coded in each direction), added after the one the sentence yields
    mirrors: list[tuple[int, ActorRef | None, ActorRef | None]] = []
    for i, e in enumerate(events):
        kinds = getattr(e, "_anaphor", None) or {}
        earlier = events[:i][::-1]
        for role in ("actor", "recipient"):
            kind = kinds.get(role)
            if not kind:
                continue
            new: ActorRef | None = None
            if kind == "duo":
                # "Wang Yi met Ishaq Dar, and the two agreed": the two parties of the act told
                # just before, as named (persons stay persons); else the article's two sides
                met = next(
                    (
                        p
                        for p in earlier
                        if _is_identified(p.actor)
                        and _is_identified(p.recipient)
                        and _sentences_apart(p, e, linked) <= 1
                    ),
                    None,
                )
                if met is None:
                    kind = "pair"
                elif role == "actor":
                    assert met.actor is not None and met.recipient is not None
                    new = met.actor
                    if e.recipient is None:
                        e.recipient = met.recipient
                        if e.type != "CONSULT":
                            mirrors.append((i, met.recipient, met.actor))
                else:
                    new = met.recipient
            if kind == "duo":
                pass
            elif kind == "everyone":
                if role == "recipient":
                    e.recipient = None
                    e.notes.append("recipient: none, an appeal to all sides")
                continue
            trio = _three_parties(e, linked) if kind == "trio" and role == "actor" else None
            if trio is not None:
                # "the three governments will set up ...": one row per party, the host's
                # aimed at the first other party, each other party's at the host (guide §1.3)
                host, others = trio
                new = host
                e.recipient = others[0]
                for guest in others:
                    mirrors.append((i, guest, host))
            elif kind in ("pair", "trio"):
                # the parties of the story told, not of a meeting recalled from years ago
                dyads = [
                    p
                    for p in earlier
                    if _is_identified(p.actor)
                    and _is_identified(p.recipient)
                    and p.factuality not in _BACKGROUND_FACTUALITY
                ]
                speaker = linked.actors.get(e.actor.id or "") if e.actor else None
                # a UN mission "in Afghanistan" appeals as an outside body, not as one side
                outside = getattr(speaker, "sector", None) in _GENERAL_APPEAL_SECTORS
                here = (
                    _country_of(e.actor, linked)
                    if role == "recipient" and e.actor and not outside
                    else None
                )
                # "Qatar urged both governments": the two states the article is mostly about
                # (the pair of other countries that most often act on each other in it, the
                # earlier first), not whoever the mediator or host last dealt with
                between: dict[frozenset[str | None], list[EventRecord]] = {}
                for p in reversed(dyads):
                    assert p.actor is not None and p.recipient is not None
                    key = frozenset(
                        (_country_of(p.actor, linked), _country_of(p.recipient, linked))
                    )
                    if len(key) == 2 and None not in key and here not in key:
                        between.setdefault(key, []).append(p)
                # two sides are two countries: a UN mission's appeal to Kabul is no pair
                across = [
                    p
                    for p in dyads
                    if p.actor is not None
                    and p.recipient is not None
                    and _country_of(p.actor, linked) != _country_of(p.recipient, linked)
                ]
                pair = (
                    max(between.values(), key=len)[0]
                    if between
                    else (across[0] if across else None)
                )
                sides: tuple[ActorRef, ActorRef] | None = None
                if pair is not None and pair.actor is not None and pair.recipient is not None:
                    sides = (pair.actor, pair.recipient)
                else:
                    # no two parties have yet acted on each other (the article opens with the
                    # agreement): the two countries it is about
                    govs = [
                        g
                        for c in linked.focus_countries
                        if c != here
                        for g in [_government(linked, c)]
                        if g is not None
                    ]
                    if len(govs) >= 2:
                        sides = (govs[0], govs[1])
                if sides is not None:
                    # "both sides", "the two countries": the two states, in the order the
                    # article introduced them (the gold's convention, and stable across
                    # sentences whatever the last event's direction was)
                    speaker = linked.actors.get(e.reported_by.id or "") if e.reported_by else None
                    first, second = sorted(
                        (_as_state(sides[0], linked), _as_state(sides[1], linked)),
                        key=lambda r: (
                            # a party reporting its own agreement comes first
                            not (speaker is not None and _country_of(r, linked) == speaker.country),
                            _first_mention(r, linked),
                        ),
                    )
                    here_words = ((getattr(e, role).text or "") if getattr(e, role) else "").lower()
                    if here_words.split()[-1:] and here_words.split()[-1] in _FORCE_WORDS:
                        # "the two sides' border commanders": each side's armed force, where the
                        # article names it, not the state
                        first, second = (_side_force(r, e, linked) for r in (first, second))
                    if role == "actor":
                        new = first
                        if e.recipient is None:
                            e.recipient = second
                            if e.type != "CONSULT":
                                # a joint meeting is one row, the first party's (guide §1.3)
                                mirrors.append((i, second, first))
                    else:
                        new = first if first.id != (e.actor.id if e.actor else None) else second
                        if new is first and second.id != (e.actor.id if e.actor else None):
                            mirrors.append((i, e.actor, second))
            elif kind == "poss":
                if _is_identified(e.reported_by):
                    new = e.reported_by
                elif _is_identified(getattr(e, role)):
                    continue  # the linker already found the possessor and no speaker is named
                else:
                    new = next(
                        (
                            p.actor
                            for p in earlier
                            if _is_identified(p.actor) and _non_state(p.actor, linked)
                        ),
                        None,
                    )
            elif kind in ("def", "count"):
                new = next(
                    (
                        p.actor
                        for p in earlier
                        if p.type == "ASSAULT"
                        and p.actor is not None
                        and not (getattr(p, "_anaphor", None) or {}).get("actor")
                        and _non_state(p.actor, linked)
                        # an indefinite count names a new party unless the incident was told
                        # just before (another attack later in a story has its own attackers)
                        and (
                            kind == "def"
                            or (
                                p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                                and e.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                                and _sentences_apart(p, e, linked) <= 2
                            )
                        )
                    ),
                    None,
                )
            elif kind == "it":
                # "The ministry said it would ...", "According to the ISPR statement, ... It
                # called on Kabul to ...": the body speaking, in this sentence or the last
                if _is_identified(e.reported_by):
                    new = e.reported_by
                elif e.type in _SPEECH_TYPES:
                    new = next(
                        (
                            p.reported_by
                            for p in earlier
                            if _is_identified(p.reported_by)
                            and _previous_sentence(p, e, linked)
                            and getattr(linked.actors.get(p.reported_by.id or ""), "kind", None)
                            != "person"
                        ),
                        None,
                    )
                if new is None and e.reported_by is not None:
                    # "the ANP observed a day of mourning, and the party said it would hold a
                    # protest": the body speaking, named by what it is
                    new = _described_body(e.reported_by, e, linked)
                if new is None:
                    setattr(e, role, None)
                    continue
            elif kind == "we":
                # a quoted "we": the one quoted (told in this sentence or the one before), who
                # speaks for a state; the speaker's own warning or pledge is the speaker's, an
                # act "we" will do is the state's
                quoted = e.reported_by if _is_identified(e.reported_by) else None
                if quoted is None:
                    quoted = next(
                        (
                            p.reported_by
                            for p in earlier
                            if _is_identified(p.reported_by) and _previous_sentence(p, e, linked)
                        ),
                        None,
                    )
                if quoted is None:
                    quoted = _previous_speaker(e, linked, lex)
                if quoted is None:
                    setattr(e, role, None)
                    continue
                new = quoted if e.type in _VERBAL_TYPES else _as_state(quoted, linked)
            elif kind == "pron":
                # "Police said they had arrested ...": the pronoun is the speaker. "they" is
                # never one person: a spokesman's "they" is his organisation, else the party
                # last told acting
                said = e.reported_by if _is_identified(e.reported_by) else None
                teller = linked.actors.get(said.id or "") if said is not None else None
                if said is not None and teller is not None and teller.kind == "person":
                    boss = linked.actors.get(teller.parent or "")
                    said = (
                        ActorRef(id=boss.id, name=boss.name, text=said.text or "")
                        if boss is not None and boss.kind != "person"
                        else None
                    )
                if said is not None:
                    new = said
                elif role == "actor" and _unnamed_group(e.reported_by):
                    # "Aid groups say they are reluctant to ...": the unnamed group speaking,
                    # not a party the knowledge base knows from an earlier sentence
                    new = e.reported_by
                else:
                    new = next(
                        (
                            p.actor
                            for p in earlier
                            if _is_identified(p.actor)
                            and getattr(linked.actors.get(p.actor.id or ""), "kind", None)
                            != "person"
                            # "we will hit them": not the actor's own side
                            and not (
                                role == "recipient"
                                and (
                                    _same_party(p.actor, e.actor)
                                    or _affiliated(p.actor, e.actor, linked)
                                )
                            )
                        ),
                        None,
                    )
                    last = earlier[0] if earlier else None
                    if (
                        last is not None
                        and last.actor is not None
                        and not _is_identified(last.actor)
                        and _previous_sentence(last, e, linked)
                        and _unnamed_group(last.actor)
                    ):
                        # "Tribal elders appealed ... They plan to travel ...": the group
                        # just named, even though the knowledge base does not know it
                        new = last.actor
                if new is None:
                    setattr(e, role, None)
                    continue
            if new is not None:
                other = e.recipient if role == "actor" else e.actor
                if other is not None and other.id and other.id == new.id:
                    continue
                here = getattr(e, role)
                # An unnamed party is only recognisable by the words it was first named with.
                text = here.text if here is not None and _is_identified(new) else new.text
                setattr(e, role, ActorRef(id=new.id, name=new.name, text=text))
                e.notes.append(f"{role} resolved from earlier in the document ({kind})")
    for i, actor, recipient in reversed(mirrors):
        e = events[i]
        twin = dataclasses.replace(
            e,
            actor=actor,
            recipient=recipient,
            fatalities=None,
            injured=None,
            notes=[*e.notes, "the other party of a mutual act"],
        )
        events.insert(i + 1, twin)


def _three_parties(e: EventRecord, linked: LinkedDoc) -> tuple[ActorRef, list[ActorRef]] | None:
    """The host and the two other governments of a three-party act: the article's first
    three countries in the order it names them; the host is the country where the act takes
    place, else where the story was filed, else the first named."""
    govs = [
        g for c in linked.focus_countries[:3] for g in [_government(linked, c)] if g is not None
    ]
    if len(govs) < 3:
        return None
    govs.sort(key=lambda r: _first_mention(r, linked))
    end = _dateline_end(linked.doc)
    dash = linked.doc[end].idx if end >= 0 else -1
    filed = next(
        (
            linked.places[m.place_id].country
            for m in linked.place_mentions
            if m.place_id in linked.places and m.end <= dash
        ),
        None,
    )
    where = e.place.country if e.place is not None else None
    host = next(
        (g for c in (where, filed) for g in govs if c and _country_of(g, linked) == c), govs[0]
    )
    return host, [g for g in govs if g.id != host.id]


def _beneficiaries(given: Token, people: frozenset[str]) -> list[Token]:
    """The people a "for"/"to" phrase inside the object of an aid act names ("compensation
    of 1 million rupees for each family of the dead")."""
    found: list[Token] = []
    stack = [given]
    for _ in range(4):
        if not stack:
            break
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ != "prep":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ in ("for", "to") and (lemma(p) in people or p.lower_ in people):
                    found.append(p)
                elif c.lower_ == "of":
                    stack.append(p)
    return found


def _speakers_own_place(
    anchor: Token, report_tok: Token, named: list[tuple[PlaceMention, list[Token]]]
) -> PlaceMention | None:
    """The place the speakers are said to be in ("police in Sar-e Pul said ..."), when the act
    is told as their own ("they had arrested")."""
    doer = subject_of(anchor)
    if doer is None or doer.lower_ not in ("they", "we") or anchor.i == report_tok.i:
        return None
    speaker = next((c for c in report_tok.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    for m, toks in named:
        root = min(toks, key=lambda t: _depth(t)) if toks else None
        if (
            root is not None
            and root.dep_ == "pobj"
            and root.head.lower_ in ("in", "at")
            and root.head.head.i == speaker.i
        ):
            return m
    return None


def _first_victims(
    events: list[EventRecord], i: int, cues: RecipientCues, linked: LinkedDoc
) -> str | None:
    """The words an unnamed group of victims was first named with in the incident event `i`
    continues, when event `i` names the same victims differently. Only the same incident
    counts: close by, of the same time and, where both are placed, of the same place ("In a
    separate attack on Tuesday, militants killed two farmers" keeps its farmers)."""
    e = events[i]

    def victims(ref: ActorRef | None) -> str | None:
        if ref is None or _is_identified(ref):
            return None
        # the name a group was given (by the linker, or as first named) before its words
        words = (ref.name or ref.text or "").lower().split()
        if not words:
            return None
        head = words[-1]
        single = head[:-1] if head.endswith("s") else head
        if head in ("men", "women"):
            single = head[:-2] + "an"
        return head if single in cues.people_nouns or head in cues.people_nouns else None

    own = victims(e.recipient)
    if e.type != "ASSAULT" or own is None or e.factuality in _BACKGROUND_FACTUALITY | _UNREAL:
        return None
    for p in events[max(0, i - 10) : i]:
        first = victims(p.recipient)
        if (
            p.type == "ASSAULT"
            and first is not None
            and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
            and not _same_party(p.recipient, e.actor)
        ):
            same_incident = (
                _same_period(p.date, e.date)
                and _sentences_apart(p, e, linked) <= _SAME_INCIDENT_SENTENCES
                and (p.place is None or e.place is None or p.place.name == e.place.name)
            )
            return first if same_incident and first != own else None
    return None


# How many sentences apart two mentions of unnamed victims may be to count as one incident's.
_SAME_INCIDENT_SENTENCES = 3


def _described_body(ref: ActorRef, e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The organisation a description such as "the party" or "the group" refers back to: the
    last one named before the event whose name ends in that word ("Awami National Party")."""
    words = (ref.text or "").lower().split()
    if not words or words[-1] not in _BODY_WORDS:
        return None
    found: ActorRef | None = None
    for m in linked.actor_mentions:
        if m.start >= e.span[0] or not m.actor_id:
            continue
        actor = linked.actors.get(m.actor_id)
        if actor is not None and actor.name.lower().split()[-1:] == words[-1:]:
            found = ActorRef(id=actor.id, name=actor.name, text=ref.text)
    return found


_BODY_WORDS = {"party", "ministry", "movement", "front", "council", "committee", "department"}


def _reporting_force(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The armed force (army, police) whose own body tells of the event, or None."""
    if not _is_identified(e.reported_by):
        return None
    body = linked.actors.get(e.reported_by.id or "")
    if body is None or body.sector not in ("MIL", "COP") or body.kind == "person":
        return None
    parent = linked.actors.get(body.parent or "")
    force = parent if parent is not None and parent.sector == body.sector else body
    return ActorRef(id=force.id, name=force.name, text=e.reported_by.text)


def _sentences_apart(a: EventRecord, b: EventRecord, linked: LinkedDoc) -> int:
    """How many sentence starts lie after event `a`'s sentence up to event `b`'s (0: same)."""
    low, high = sorted((a.sentence_span[0], b.sentence_span[0]))
    return sum(1 for s in linked.doc.sents if low < s.start_char <= high)


def _previous_sentence(a: EventRecord, b: EventRecord, linked: LinkedDoc) -> bool:
    """Whether event `a` stands in the sentence right before event `b`'s."""
    if a.sentence_span == b.sentence_span:
        return True
    gap = linked.doc.text[a.sentence_span[1] : b.sentence_span[0]]
    return a.sentence_span[1] <= b.sentence_span[0] and not any(c in gap for c in ".!?")


_CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}
# closing a crossing, and reopening it, are measures a state takes towards its neighbour
_BORDER_MEASURES = {"SANCTION", "RETREAT"}
_BORDER_ACTS = _BORDER_MEASURES | {"COERCE"}
# Factuality values whose events have no date of their own, even when the sentence names a
# span ("since 2021", "for years"): the guide codes them with a null date.
_UNDATED_FACTUALITY = {"generic", "hypothetical"}
# words that make a date the bound of a span, not the time of an act
_BOUND_WORDS = {"since", "until", "till", "between"}
# clauses below a verb trigger that tell an act of their own, with its own time (not relative
# clauses or participles: "militants who crossed ... before dawn on Monday" and "a convoy
# carrying engineers on Wednesday" are most often the parser's placement of the act's date)
_NESTED_CLAUSE_DEPS = {"xcomp", "ccomp"}
_THREAT_TYPES = {"THREATEN"}


def _clause_party_heads(anchor: Token) -> list[Token]:
    """Subjects, then objects, of the clause a speech verb governs ("demanded that Kabul
    take action", "warned that if Kabul did not act, Pakistan would strike its hideouts")."""
    subjects: list[Token] = []
    objects: list[Token] = []
    for comp in anchor.children:
        if comp.dep_ != "ccomp":
            continue
        for clause in [comp, *(c for c in comp.children if c.dep_ == "advcl")]:
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    subjects.append(c)
                elif c.dep_ in ("dobj", "dative"):
                    objects.append(c)
    # the conditional's subject ("if Kabul did not ...") is who the warning is for
    subjects.sort(key=lambda t: t.head.dep_ != "advcl")
    return subjects + objects


def _speaker_of_coordinated(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of "said" when `verb` is a speech act coordinated inside what was said
    without a subject of its own ("X said Y had ... and urged Z")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    if first.dep_ == "acl" and lemma(first) not in lex.reporting_verbs:
        # "X said it had received reports that civilians were among the dead and urged ...":
        # the parser hangs the speaker's second act on the content clause of a noun, which
        # is what was reported, not someone's act; climb to the verb of saying
        cur = first.head
        for _ in range(4):
            if cur.dep_ == "ccomp" and lemma(cur.head) in lex.reporting_verbs:
                first = cur
                break
            if cur.dep_ not in ("dobj", "pobj", "prep", "ccomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        else:
            return None
    if first.dep_ != "ccomp" or lemma(first.head) not in lex.reporting_verbs:
        return None
    if first.head.i > first.i:
        return None  # "X condemned ... and called for ..., his spokesman said": X's own acts
    if lemma(first) in lex.reporting_verbs:
        return None
    return next((c for c in first.head.children if c.dep_ == "nsubj"), None)


def _same_period(a: str | None, b: str | None) -> bool:
    """Whether two event dates (YYYY[-MM[-DD]], None: unknown) can be the same time."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _carry_actors(
    events: list[EventRecord], linked: LinkedDoc, anaphoric: frozenset[str] | set[str]
) -> None:
    """An attack or protest sentence that names no perpetrator continues the incident just
    told ("Three people died there", "Shops remained closed in protest"): its actor is that
    incident's actor, or, when its victims are that actor's own side, the other party."""
    for i, e in enumerate(events):
        if e.actor is None and e.type == "COERCE" and (e.mode or "arrest") == "arrest":
            # "several suspects were detained": by the security force that acted in the
            # incident just told (not an arrest dated elsewhere: "arrested last month"); a
            # road "remained closed" keeps no actor (guide §8: passive closures)
            by = next(
                (
                    p.actor
                    for p in reversed(events[max(0, i - 3) : i])
                    if p.type in ("ASSAULT", "COERCE")
                    and p.factuality not in _UNREAL
                    and _same_period(e.date, p.date)
                    and p.actor is not None
                    and _is_identified(p.actor)
                    and getattr(linked.actors.get(p.actor.id or ""), "sector", None)
                    in ("COP", "MIL", "SPY")
                ),
                None,
            )
            if by is not None:
                e.actor = by
                e.notes.append("actor: the security force of the same incident")
            continue
        if (
            e.actor is not None
            or e.type not in ("ASSAULT", "PROTEST")
            or e.factuality in _BACKGROUND_FACTUALITY
        ):
            continue  # a pattern or an earlier incident is not the one just told
        told = [
            p
            for p in reversed(events[max(0, i - 3) : i])
            if p.type == e.type
            and p.actor is not None
            and p.factuality not in _UNREAL
            # a pattern told in general is not an incident the sentence dates itself ("In
            # October 2025, an ambush near Buleda ...")
            and not (e.date is not None and p.factuality in _BACKGROUND_FACTUALITY)
            # a group's claim of responsibility is its own row: the toll told after it is
            # still the attack as first told (guide §1.3), unless the group tells it
            and not (
                p.sentence_span != e.sentence_span
                and (p.trigger.lower().startswith("claim") or _responsibility(p, linked))
                and not _same_party(e.reported_by, p.actor)
            )
            # nor one told only to describe another incident's target ("a strike on a
            # hideout the TTP used to plan attacks"): the strike is what goes on
            and not (
                p.factuality == "generic"
                and any(
                    q.type == p.type
                    and q.sentence_span == p.sentence_span
                    and q.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                    for q in events[max(0, i - 6) : i]
                )
            )
        ]
        prev = told[0] if told else None
        if prev is None or prev.actor is None:
            continue
        if not _same_period(e.date, prev.date):
            continue  # its own, different date: an earlier incident recalled
        victims = e.recipient
        if victims is not None and (
            # "reinforcements killed three of the attackers": the attackers told before
            (getattr(e, "_anaphor", None) or {}).get("recipient") == "def"
            or _same_party(victims, prev.actor)
            or _affiliated(victims, prev.actor, linked)
            or (
                # "two assailants were killed": unnamed attackers of the incident just told
                not _is_identified(victims)
                and not _is_identified(prev.actor)
                and bool(anaphoric & set((victims.text or "").lower().split()))
            )
        ):
            if prev.recipient is None or _same_party(prev.recipient, e.recipient):
                continue
            force = _reporting_force(e, linked)
            if force is not None and not _same_party(force, victims):
                # "The military's media wing said seven militants were killed in an exchange
                # of fire": the force whose media wing tells of its own operation
                e.actor = force
                e.notes.append("actor: the force whose own account tells of the act")
                continue
            e.actor = prev.recipient
            e.notes.append("actor: the other party of the incident its victims belong to")
        else:
            e.actor = prev.actor
            e.notes.append("actor from the same incident's earlier sentence")


def _government(linked: LinkedDoc, country: str | None) -> ActorRef | None:
    """The government of `country` as the document names it: the country actor ("Pakistan",
    "Islamabad"), else its top-level governing body ("the Taliban" for Afghanistan)."""
    if not country:
        return None
    best: Actor | None = None
    for actor in linked.actors.values():
        if actor.country != country or actor.parent:
            continue
        if actor.kind == "country":
            best = actor
            break
        if actor.sector == "GOV" and actor.kind != "person" and best is None:
            best = actor
    if best is None:
        return None
    return ActorRef(id=best.id, name=best.name, text=best.name)


def _as_state(ref: ActorRef, linked: LinkedDoc, *, persons: bool = True) -> ActorRef:
    """A state body ("the Pakistani military") or official as its state, for "both
    countries"."""
    actor = linked.actors.get(ref.id or "")
    if actor is None or actor.kind == "country" or actor.sector not in _STATE_SECTORS:
        return ref
    if actor.kind == "person" and not persons:
        return ref
    return _government(linked, actor.country) or ref


def _country_of(ref: ActorRef, linked: LinkedDoc) -> str | None:
    actor = linked.actors.get(ref.id or "")
    return actor.country if actor is not None else None


def _first_mention(ref: ActorRef, linked: LinkedDoc) -> int:
    """Where the article first brings in this party (for a state: any of its bodies)."""
    actor = linked.actors.get(ref.id or "")
    country = actor.country if actor is not None and actor.kind == "country" else None
    if actor is not None and actor.sector == "GOV" and not actor.parent:
        country = actor.country
    starts = [
        m.start
        for m in linked.actor_mentions
        if m.actor_id == ref.id
        or (
            country is not None
            and getattr(linked.actors.get(m.actor_id or ""), "country", None) == country
        )
    ]
    return min(starts) if starts else len(linked.doc.text)


# Physical acts take the place of the incident told earlier; verbal and diplomatic acts
# (agreements, meetings, sanctions, cooperation) only a place their own sentence names.
_PLACED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "CONCEDE"}
_MATERIAL_TYPES = {
    "ASSAULT",
    "COERCE",
    "MOBILIZE",
    "PROTEST",
    "AID",
    "RETREAT",
    "CONSULT",
    "CONCEDE",
    "COOPERATE",
    "SANCTION",
}


def _in_dateline(doc: object, m: ActorMention) -> bool:
    """All-caps place name opening the text before a dash: a dateline, not an actor."""
    if m.start > 40:
        return False
    # the first tokens are enough: Doc.text would join every token of the document
    head = doc[:60].text_with_ws[:60]  # type: ignore[index]
    dash = min((head.find(d) for d in ("—", "–", " - ") if d in head), default=-1)
    if dash < 0 or m.end > dash:
        return False
    # "BANNU, Pakistan —": the line opens with an all-caps place name.
    first = head[:dash].split(",")[0].strip()
    return len(first) >= 3 and first.replace(" ", "").replace("/", "").isupper()


def _affiliated(a: ActorRef | None, b: ActorRef | None, linked: LinkedDoc) -> bool:
    """Same actor, one the parent of the other, or two state bodies of the same country."""
    if a is None or b is None or not a.id or not b.id:
        return False
    if a.id == b.id:
        return True
    x, y = linked.actors.get(a.id), linked.actors.get(b.id)
    if x is None or y is None:
        return False
    if x.parent in (y.id, y.parent) and x.parent or y.parent == x.id:
        return True

    def state(actor: object) -> bool:
        return (
            getattr(actor, "kind", None) == "country"
            or getattr(actor, "sector", None) in _STATE_SECTORS
        )

    return bool(x.country and x.country == y.country and state(x) and state(y))


_UNREAL = {"hypothetical", "future"}
# Events the article recalls or generalises about, not the incidents it reports
_BACKGROUND_FACTUALITY = frozenset({"generic", "historical"})
_VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
_SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT"}
_PARTY_SECTORS = _STATE_SECTORS | _NON_STATE_SECTORS


def _one_sides_account(
    reporter: ActorRef,
    actor: ActorRef | None,
    recipient: ActorRef | None,
    etype: str,
    linked: LinkedDoc,
    place_country: str | None = None,
) -> bool:
    """Whether a report is one conflict party's contested version of events (guide §1.7): a
    party's claim about its own use of force against a named enemy ("the TTP said its fighters
    killed five police", "the military said its strikes killed 14 militants") or on another
    state's soil (`place_country`: "the army said its strikes in Khost hit only hideouts"), or a
    party's account of what another state did ("Taliban officials said Pakistani aircraft
    struck ..."). A party's account of an attack an armed group made on it or on civilians is
    the routine sourcing of an incident ("militants attacked the post, the military said"), as
    is its account of its own non-violent act (an exercise, a release), of its own operation
    at home against unnamed militants, and a neutral source's account."""
    if not _is_identified(reporter):
        return False
    rep = linked.actors.get(reporter.id or "")
    is_party = rep is not None and (rep.kind == "country" or rep.sector in _PARTY_SECTORS)
    if _affiliated(reporter, actor, linked):
        if etype not in _FORCE_TYPES:
            return False
        if rep is not None and rep.sector in _NON_STATE_SECTORS:
            # an armed group telling its own attack is claiming it, whoever the victim
            # ("said its fighters had carried out the killing", "said it had executed a
            # scholar"): a claim of responsibility (guide §1.7)
            return True
        if (
            place_country is not None
            and rep is not None
            and rep.country is not None
            and _state_party(reporter, linked)
            and place_country != rep.country
        ):
            return True  # a state's force used across its border: the neighbour tells it apart
        return _is_identified(recipient) and not _affiliated(reporter, recipient, linked)
    if (_affiliated(reporter, recipient, linked) or is_party) and etype not in _UNCONTESTED_TYPES:
        # states deny what they are accused of; armed groups claim their attacks
        return (
            _is_identified(actor)
            and not _affiliated(reporter, actor, linked)
            and _state_party(actor, linked)
        )
    return False


# Acts of force whose outcome the side that used it and its target tell differently
_FORCE_TYPES = {"ASSAULT", "COERCE"}
# Acts done with or for others (a deployment, a release), which no party disputes; aid stays
# out, as "India is arming the BLA" is a charge
_UNCONTESTED_TYPES = {"COOPERATE", "MOBILIZE", "RETREAT", "CONCEDE"}


def _state_party(ref: ActorRef, linked: LinkedDoc) -> bool:
    """A country or one of its state bodies (the de facto Afghan government included)."""
    actor = linked.actors.get(ref.id or "")
    return actor is not None and (actor.kind == "country" or actor.sector in _STATE_SECTORS)


def _party_to(reporter: ActorRef, refs: list[ActorRef], linked: LinkedDoc) -> bool:
    """Whether the source of a report is itself actor or target of the event (or the same
    country/parent organisation): its account is one side's version."""
    if not reporter.id:
        return False
    rep_actor = linked.actors.get(reporter.id)
    for ref in refs:
        if not ref.id:
            continue
        if ref.id == reporter.id:
            return True
        other = linked.actors.get(ref.id)
        if rep_actor is None or other is None:
            continue
        if rep_actor.parent and rep_actor.parent in (other.id, other.parent):
            return True
        if other.parent and other.parent == reporter.id:
            return True
    return False


def _named_hedges(linked: LinkedDoc) -> list[tuple[int, int, set[str]]]:
    """For each hedge sentence that names whose accounts it doubts ("Neither the group's
    figures nor the military's could be verified"), the stretch of text before it that it
    looks back over (its paragraph and the one before) and the parties named, with their
    sub-bodies (the military's media wing tells the military's figures)."""
    if linked.doc is None:
        return []
    text = linked.doc.text
    out: list[tuple[int, int, set[str]]] = []
    for s in linked.doc.sents:
        owners = hedged_owners(s)
        if not owners:
            continue
        ids = {
            m.actor_id
            for m in linked.actor_mentions
            if m.actor_id and any(m.start <= t.idx < m.end for t in owners)
        }
        ids |= {a.id for a in linked.actors.values() if a.parent in ids and a.kind != "person"}
        if not ids:
            continue
        para = text.rfind("\n\n", 0, s.start_char)
        start = text.rfind("\n\n", 0, para) + 1 if para > 0 else 0
        out.append((start, s.start_char, ids))
    return out


# Acts that follow an incident as new acts of their own (a sit-in after the road reopened,
# not the blockade of the day before told again)
_FRESH_REACTION_TYPES = {"PROTEST"}


def _time_settings(linked: LinkedDoc, events: list[EventRecord]) -> list[tuple[int, str]]:
    """Sentences with no event that open on a past day ("By Tuesday afternoon, ..."): where
    each starts, and the day."""
    if linked.doc is None or linked.published is None:
        return []
    with_events = {e.sentence_span[0] for e in events}
    out: list[tuple[int, str]] = []
    for s in linked.doc.sents:
        if any(s.start_char <= start < s.end_char for start in with_events):
            continue
        opening = next(
            (
                ent
                for ent in _sentence_entities(s)
                if ent.label_ in ("DATE", "TIME") and ent.start - s.start <= 2
            ),
            None,
        )
        if opening is None:
            continue
        value, precision = resolve_date(opening.text, linked.published)
        if value is not None and precision == "day" and value <= linked.published.isoformat():
            out.append((s.start_char, value))
    return out


# Triggers that announce an act rather than do it ("announced compensation")
_ANNOUNCING = re.compile(r"announc")

# Gatherings where an act told in the lead took place ("signed the agreement at a ceremony")
_EVENT_GATHERINGS = _MEETING_NOUNS | {"ceremony", "session"}


def _inherit_context(
    events: list[EventRecord], linked: LinkedDoc, dateline: PlaceRef | None
) -> None:
    """Fill a missing date or place from the document's running context.

    News narrates one incident over several sentences and names the date and place once;
    later sentences about material events (the attack, the arrests, the talks) inherit them
    from the previous event. Statements (accusations, demands) keep what their own sentence says.
    """
    last_place = dateline
    last_place_span: tuple[int, int] | None = None
    last_date: tuple[str, str] | None = None
    last_date_of: dict[str, tuple[str, str]] = {}
    report_days = _report_days(linked.doc) if linked.doc is not None else {}

    def standing_negation(e: EventRecord) -> bool:
        # "has never recognised", "have not held talks since", and a material act denied in
        # the present ("the monitors do not visit"; "does not recognise" is a statement now)
        head = _trigger_head(e, linked)
        if head is None:
            return False
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg", "advmod")}
        if aux & {"has", "have", "never"}:
            return True
        present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and bool(aux & {"do", "does"}))
        if present and (verb.dep_ == "relcl" or head.i != verb.i):
            # "India, which does not recognise the Taliban", "the deal gives them neither
            # recognition nor money": a standing state described, not a statement made
            return True
        return verb.tag_ == "VB" and bool(aux & {"do", "does"}) and e.type not in _VERBAL_TYPES

    def told_in_past(e: EventRecord) -> bool:
        head = _trigger_head(e, linked)
        if head is None:
            return False
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.tag_ == "VBN" and "had" in aux:
            return True  # "said the delegation had placed a hold": further back still
        return verb.tag_ == "VBD" and not aux & {"has", "have"}

    def agreed_as_made(e: EventRecord) -> bool:
        # "the two sides agreed", not "was ready to join" or "had given guarantees" (a stance,
        # or a thing given, told on the news day)
        head = _trigger_head(e, linked)
        if head is None:
            return True
        passive = head.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children
        )
        return head.pos_ in ("VERB", "AUX") and (told_in_past(e) or passive)

    # the day of a meeting the article's lead reports ("Special envoys called on Wednesday
    # ..., in a joint statement issued after ... consultations"): the statements it goes on
    # to tell without a day of their own were made there (guide §7)
    meeting_day: str | None = None
    retold_span: tuple[int, int] | None = None
    lead = next((e for e in events if e.date is not None), None)
    lead_day = lead.date if lead is not None and lead.date_precision == "day" else None
    if lead is not None and lead_day is not None and linked.doc is not None:
        lead_text = linked.doc.text[lead.sentence_span[0] : lead.sentence_span[1]].lower()
        # the meeting may be named in the lead or in the next sentence that tells the lead's
        # act again ("signed a contract on Tuesday. X signed it at a ceremony in Kabul")
        retold_span = next(
            (
                e.sentence_span
                for e in events
                if e.sentence_span != lead.sentence_span
                and e.sentence_span[0] > lead.sentence_span[0]
                and e.type == lead.type
                and e.date in (None, lead_day)
            ),
            None,
        )
        retold = linked.doc.text[retold_span[0] : retold_span[1]].lower() if retold_span else ""
        if (
            _MEETING_NOUNS & set(re.findall(r"[a-z]+", lead_text))
            or _EVENT_GATHERINGS & set(re.findall(r"[a-z]+", retold))
        ) and (linked.published is None or lead_day < linked.published.isoformat()):
            meeting_day = lead_day
    # the parties of that meeting: a statement by someone else ("Russia's envoy welcomed the
    # agreements", a rights group, an armed opposition) reacts to it, on the news day (§1.5)
    lead_ids: set[str] = set()
    lead_countries: set[str] = set()
    if meeting_day is not None and lead is not None:
        spans = {lead.sentence_span}
        if retold_span is not None:
            spans.add(retold_span)
        for e in events:
            if e.sentence_span in spans and e.date == lead_day:
                for ref in (e.actor, e.recipient):
                    if ref is not None and ref.id:
                        lead_ids.add(ref.id)
                        country = _country_of(ref, linked)
                        if country:
                            lead_countries.add(country)
        # "Special envoys from Russia, China, Iran, India and Pakistan called ...": every state
        # the lead names takes part
        lead_start, lead_end = lead.sentence_span
        for m in linked.actor_mentions:
            actor = linked.actors.get(m.actor_id) if m.actor_id else None
            if (
                lead_start <= m.start < lead_end
                and actor is not None
                and actor.country
                and (actor.sector in _STATE_SECTORS or actor.id == actor.country)
            ):
                lead_countries.add(actor.country)
        for pm in linked.place_mentions:
            place = linked.places.get(pm.place_id) if pm.place_id else None
            if lead_start <= pm.start < lead_end and place is not None and place.kind == "country":
                lead_countries.add(place.country or "")

    def state_in_lead(actor_id: str | None) -> bool:
        actor = linked.actors.get(actor_id or "")
        return (
            actor is not None
            and (actor.sector in _STATE_SECTORS - {"LEG"} or actor.id == actor.country)
            and actor.country in lead_countries
        )

    def meeting_party(e: EventRecord) -> bool:
        ref = e.actor
        if ref is None or not ref.id or not lead_ids or ref.id in lead_ids:
            return True
        actor = linked.actors.get(ref.id)
        if actor is not None and actor.sector not in (None, "UNK"):
            return state_in_lead(ref.id)
        # a person the knowledge base lacks, introduced by a lead state's title ("Pakistan's
        # special representative, Mohammad Sadiq, said")
        return any(
            e.sentence_span[0] <= m.start < e.span[0]
            and text[m.end : m.end + 2] in ("'s", "’s")
            and state_in_lead(m.actor_id)
            for m in linked.actor_mentions
        )

    # speakers the article places away from the meeting ("In Kabul, the spokesman dismissed
    # the decision"): what they go on to say was not said there
    away_speakers: set[str] = set()
    meeting_place = (lead.place if lead is not None else None) or dateline

    # "Opinion: ...", "Analysis: ...": a piece that discusses the news rather than reporting it
    opinion = (linked.title or "").lower().startswith(("opinion", "analysis", "op-ed", "comment"))

    def told_in_present(e: EventRecord) -> bool:
        verb = _trigger_head(e, linked)
        if verb is not None and verb.pos_ == "ADP" and verb.head.lemma_ == "be":
            verb = verb.head  # "said it was in contact with both sides"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        if (
            verb.lemma_ == "be"
            and verb.tag_ == "VBD"
            and verb.dep_ == "ccomp"
            and lemma(verb.head) in ("say", "tell", "add", "state", "announce")
        ):
            # "said it was in contact with both governments", "said talks were under way":
            # the speaker's present told in the past of the report, a state on the news day
            return True
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        return verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in verb.children
        )

    def denied_before(e: EventRecord) -> bool:
        # an act a denial denies, told as past ("denied that anyone had been detained"); not
        # a state denied as holding now ("denied that women were being barred")
        if e.factuality != "negated" or e.type == "REJECT":
            return False
        head = _trigger_head(e, linked)
        if head is None or _denial_over(head) is None:
            return False
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return not (aux & {"being", "is", "are", "am"} or verb.tag_ in ("VBZ", "VBP", "VBG"))

    # the day of a report, for the sentences after the one that gives it
    told_on: tuple[tuple[str, str], tuple[int, int]] | None = None
    # "The accounts could not be independently verified": the accounts its paragraph told
    # before it are the parties' versions (guide §7, "that passage")

    text = linked.doc.text if linked.doc is not None else ""
    hedged = [
        (text.rfind("\n\n", 0, s.start_char) + 1, s.start_char)
        for s in (linked.doc.sents if linked.doc is not None else ())
        if hedges_passage(s.text)
    ]
    for e in events:
        if (
            e.factuality == "asserted"
            and e.reported_by is not None
            and e.type not in _SPEECH_TYPES
            and any(start <= e.sentence_span[0] < end for start, end in hedged)
        ):
            e.factuality = "alleged"
            e.notes.append("an account a later hedge of its passage doubts: alleged")
    for start, end, owners in _named_hedges(linked):
        for e in events:
            if (
                e.factuality == "asserted"
                and e.reported_by is not None
                and e.reported_by.id in owners
                and e.type not in _SPEECH_TYPES
                and start <= e.sentence_span[0] < end
            ):
                e.factuality = "alleged"
                e.notes.append("an account a later hedge names doubts: alleged")
    settings = _time_settings(linked, events)
    for e in events:
        if told_on is not None and told_on[1] != e.sentence_span:
            last_date, told_on = told_on[0], None
        while settings and settings[0][0] < e.sentence_span[0]:
            # "By Tuesday afternoon, soldiers had launched a search operation": a sentence
            # with no act of its own moves the story on to its day
            _, day = settings.pop(0)
            if last_date is None or (last_date[1] == "day" and day > last_date[0]):
                last_date = (day, "day")
                last_date_of.clear()
        own_date = e.date
        # a pattern of many events has no single date or place but its own
        pattern = e.factuality == "generic"
        # nor has a conditional act, or a future one the sentence gives no date for, nor
        # one told as not happening over a span ("no government has backed the group",
        # "the monitors do not visit"); one act that did not happen keeps the news day ("the
        # group did not target civilians", "no nationals were hurt in the attack")
        undated = (
            pattern
            or e.factuality in _UNREAL
            or (e.factuality == "negated" and own_date is None and standing_negation(e))
        )
        named = _place_anaphor(e, linked) if e.place is None and e.type in _PLACED_TYPES else None
        if named is not None:
            # "attacks in the district have risen", "clashes in the province last year": the
            # unit of that kind the article named last, also for a pattern or a past event
            e.place = named
            e.notes.append("place: the one a definite place noun refers back to")
        elif (
            e.type in _PLACED_TYPES
            and not pattern
            and e.place is None
            and last_place is not None
            # a conditional act is not part of the incident told (guide §1.4), nor is one
            # recalled from the past unless its own sentence placed the incident
            and e.factuality != "hypothetical"
            and (e.factuality != "historical" or last_place_span == e.sentence_span)
        ):
            e.place = last_place
            e.notes.append("place from document context")
        if (
            e.date is None
            and last_date is not None
            and not undated
            # (an agreement only when told as made: "was ready to join" is a stance now)
            and (e.type in _MATERIAL_TYPES or (e.type == "AGREE" and agreed_as_made(e)))
            # "journalists are barred from the area", "access remains restricted": a state
            # told in the present holds on the day of the news, not the incident's
            and not told_in_present(e)
            # "announced compensation for the families": a statement, made on the news day
            # like other verbal acts (guide §1.5), not on the incident's
            and not _ANNOUNCING.match(e.trigger.lower())
        ):
            # "...exchanged fire late on Monday, and Pakistan closed the crossing on Tuesday.
            # A soldier was killed": the fighting told again keeps the fighting's day
            # the fighting told again keeps the fighting's day; another kind of act (a
            # sit-in after the road reopened) goes with the story's latest day
            # (an act denied takes only the day of the incident of its kind told before, never
            # the day of the denial: guide §10)
            e.date, e.date_precision = (
                last_date_of.get(e.type, last_date)
                if e.type not in _FRESH_REACTION_TYPES
                else last_date
            )
            if denied_before(e):
                e.date, e.date_precision = last_date_of.get(e.type) or (None, None)
            if e.date is not None:
                e.notes.append("date from document context")
        at_meeting = (
            meeting_day is not None
            and e.factuality != "negated"
            and not (e.actor is not None and e.actor.id in away_speakers)
            and meeting_party(e)
        )
        if (
            meeting_day is not None
            and e.type in _SPEECH_TYPES
            and e.actor is not None
            and e.actor.id
            and e.place is not None
            and meeting_place is not None
            and e.place.name != meeting_place.name
        ):
            away_speakers.add(e.actor.id)
            at_meeting = False
        if (
            e.date is None
            and not undated
            and (e.type in _SPEECH_TYPES or _ANNOUNCING.match(e.trigger.lower()))
            and last_date is not None
            and told_in_past(e)
            and (last_date[1] == "month" or (last_date[0] == meeting_day and at_meeting))
        ):
            # "The latest report, released last week, says ... The Taliban rejected the
            # findings within hours": a statement told in the past within a story of last
            # week is of that time (guide §7, coded as the month); so is one that belongs to
            # the meeting the article reports on the day it names
            e.date, e.date_precision = last_date
            e.notes.append("date of the story a past statement belongs to")
        if (
            e.date is None
            and not undated
            and opinion
            and linked.published is not None
            and e.type in _SPEECH_TYPES
            and told_in_past(e)
        ):
            # an op-ed or analysis discusses statements made before its day, not on which
            # day: the month (guide §1.5)
            e.date, e.date_precision = linked.published.isoformat()[:7], "month"
            e.notes.append("date: the month of an opinion piece's past statement")
        if (
            e.date is None
            and linked.published is not None
            and not undated
            # an act recalled as background happened before the news, on a day the sentence
            # does not give (guide §1.5: unknown → null)
            and e.factuality != "historical"
            # nor does an act denied in the past take the day of the denial (guide §10:
            # "denied that anyone had been detained" → null unless the article fixes its day)
            and not denied_before(e)
        ):
            e.date, e.date_precision = linked.published.isoformat(), "day"
            e.notes.append("date from publication")
        # where a statement was made, or where a planned act would be, is not where the
        # incident told happened
        if e.place is not None and e.type not in _VERBAL_TYPES and e.factuality not in _UNREAL:
            last_place = e.place
            last_place_span = e.sentence_span
        if (
            own_date is not None
            # neither a pattern nor an earlier incident recalled moves the story's time
            and e.factuality not in _BACKGROUND_FACTUALITY
            # nor does "the second such raid this year" move it off its day
            and not (last_date is not None and last_date[0].startswith(own_date))
            # nor a year alone ("in 2025", "this year"): too coarse to date what follows
            and e.date_precision != "year"
            # nor a planned act or a date still to come ("will meet him in July"): the
            # story's next sentences tell what already happened
            and e.factuality not in _UNREAL
            and not starts_after(own_date, linked.published)
            # nor a date long before the news ("in July" of last year) on an act not told as
            # the background it is
            and not long_before(own_date, linked.published)
        ):
            dated = (own_date, e.date_precision or "day")
            last_date_of[e.type] = dated
            # "the strikes last month had killed ...", told after the day's news: an earlier,
            # coarser date recalls the background; the same kind of act keeps it, the story
            # goes on from its day
            if not (
                last_date is not None
                and last_date[1] == "day"
                and dated[1] != "day"
                and own_date < last_date[0][: len(own_date)]
            ):
                last_date = dated
        elif (
            own_date is not None
            and last_date is not None
            and own_date == last_date[0]
            and e.factuality == "asserted"
        ):
            # "wrapped up talks on Thursday with an agreement ...": an act of the story's day
            # is that kind's day, for the same kind told again after another day's act ("a
            # consignment was handed over on Wednesday. The two sides also agreed ...")
            last_date_of[e.type] = last_date
        report_day = report_days.get(e.span[0])
        if report_day is not None and e.factuality not in _BACKGROUND_FACTUALITY | _UNREAL:
            # "the ISPR said on Tuesday troops had killed three": the story goes on from the
            # day of the report
            told_on = (report_day, e.sentence_span)


# Definite nouns for a unit of place that refer back to one named before ("in the district"),
# and the gazetteer kinds they stand for.
_PLACE_ANAPHORS = {
    "district": ("admin2",),
    "province": ("admin1",),
    "city": ("city",),
    "town": ("city",),
    "village": ("city", "site"),
    "area": ("admin2", "city", "site"),
    "region": ("admin1", "admin2"),
}
# "there" refers back to a place of any kind
_THERE_KINDS = ("city", "site", "admin2", "admin1", "country")
_SETTING_PREPS = {"in", "at", "near", "across", "around", "within", "throughout", "inside"}


def _place_anaphor(e: EventRecord, linked: LinkedDoc) -> PlaceRef | None:
    """The place a definite place noun of the event's sentence refers back to ("in the
    district", "across the province"): the last place of that kind named before it."""
    if linked.doc is None:
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    kinds: tuple[str, ...] | None = None
    for tok in sent:
        if tok.lower_ == "there" and tok.dep_ == "advmod" and tok.i > sent.start:
            # "Residents there say ...", "commanders there have shown ...": the place just
            # named, of whatever kind
            kinds = _THERE_KINDS
            break
        kinds = _PLACE_ANAPHORS.get(tok.lower_)
        if (
            kinds is not None
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _SETTING_PREPS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            # "the Spinwam area", "the tribal district of Kurram": named there and then
            and not any(
                c.dep_ in ("compound", "amod", "nmod", "prep") and c.i != tok.i
                for c in tok.children
            )
        ):
            break
        kinds = None
    if kinds is None:
        return None
    text = linked.doc.text
    # a town the article calls a district ("Khuzdar district") is one too
    called = {
        m.place_id
        for m in linked.place_mentions
        if text[m.end : m.end + 20].lower().split()[:1] == [tok.lower_]
    }
    last: PlaceMention | None = None
    for m in linked.place_mentions:
        place = linked.places.get(m.place_id or "")
        if (
            # named before the word that refers back, in an earlier sentence or earlier in
            # this one ("Residents of Gichk said ... across the area")
            m.end <= tok.idx
            and place is not None
            and (place.kind in kinds or m.place_id in called)
            and (last is None or m.start > last.start)
        ):
            last = m
    if last is None:
        return None
    span = linked.doc.char_span(last.start, last.end, alignment_mode="expand")
    node = span.root if span is not None else None
    while node is not None and node.dep_ == "compound" and node.head.i != node.i:
        node = node.head  # "in Ostra district"
    if node is not None and node.dep_ == "pobj" and node.head.lower_ == "in":
        # "near Gichk in Panjgur district ... the area": the place the larger one contains
        # (the parser may hang "in ..." on the verb: the place right before it then)
        inner = {node.head.head.idx, linked.doc[max(node.head.i - 1, 0)].idx}
        within = next(
            (
                m
                for m in linked.place_mentions
                if any(m.start <= x < m.end for x in inner)
                and m.end <= last.start
                and getattr(linked.places.get(m.place_id or ""), "kind", None) in kinds
            ),
            None,
        )
        if within is not None:
            return linked.place_ref(within)
    if span is not None and span.root.dep_ == "conj":
        # "In Helmand and Kandahar, ... commanders there": the first place of the list
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        listed = next(
            (
                m
                for m in linked.place_mentions
                if m.start <= first.idx < m.end
                and getattr(linked.places.get(m.place_id or ""), "kind", None) in kinds
            ),
            None,
        )
        last = listed or last
    return linked.place_ref(last)


def _answered_party(
    events: list[EventRecord], i: int, linked: LinkedDoc, *, own_role: bool = False
) -> ActorRef | None:
    """Who made the statement a denial answers: the other side's nearest earlier accusation,
    else the source of the nearest earlier report (or statement) from another party. A denial
    of the denier's own role (`own_role`) answers only an account that has it doing the act."""
    e = events[i]
    earlier = [p for p in events[:i] if p.span[0] < e.span[0] and p.type != e.type]
    head = _trigger_head(e, linked)
    if e.factuality == "generic" and head is not None and head.dep_ != "relcl":
        # "has consistently denied hosting TTP leaders": a standing denial answers no one
        # statement of the story, only a charge its own sentence names; "a charge X denies",
        # "a view X rejects" answer the statement they are attached to
        earlier = [p for p in earlier if p.sentence_span == e.sentence_span]

    def other(ref: ActorRef | None) -> bool:
        return _is_identified(ref) and not (
            e.actor is not None and (_same_party(ref, e.actor) or _affiliated(ref, e.actor, linked))
        )

    def body(ref: ActorRef | None) -> ActorRef | None:
        # a spokesman's statement is his organisation's ("the military denied ...")
        actor = linked.actors.get(ref.id or "") if ref is not None else None
        if actor is not None and actor.kind == "person" and actor.parent in linked.actors:
            parent = linked.actors[actor.parent]
            return ActorRef(id=parent.id, name=parent.name, text=ref.text if ref else "")
        return _plain(ref, linked)

    for prev in reversed(earlier):
        if (
            prev.type == "ACCUSE"
            and other(prev.actor)
            and prev.recipient is not None
            and (
                _same_party(prev.recipient, e.actor) or _affiliated(prev.recipient, e.actor, linked)
            )
        ):
            return body(prev.actor)
    for prev in reversed(earlier):
        if own_role and not (
            e.actor is not None
            and (_same_party(prev.actor, e.actor) or _affiliated(prev.actor, e.actor, linked))
        ):
            continue  # "denied any role": not an answer to a report that blames no one
        for ref in (prev.reported_by, prev.actor if prev.type in _SPEECH_TYPES else None):
            if other(ref):
                return body(ref)
    return None


def _beneficiary_state(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The government of a country the act goes "to"/"for" ("sent aid to Afghanistan")."""
    trigger = linked.doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    if trigger is None:
        return None
    heads = [trigger.root, *(c for c in trigger.root.children if c.dep_ in ("dobj", "nsubjpass"))]
    for head in heads:
        for pobj in _prep_objects(head, ("to", "for"), deps=("prep", "dative")):
            for pm in linked.place_mentions:
                place = linked.places.get(pm.place_id) if pm.place_id else None
                if place is None or place.kind != "country" or not (pm.start <= pobj.idx < pm.end):
                    continue
                if e.recipient is not None and e.recipient.text not in (None, "", pm.text):
                    return None  # the sentence names its own recipient
                return _government(linked, place.country)
    return None


def _counterpart(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The other party of the nearest event (earlier first, then later) between the actor's
    side and someone else, as a state when it is a state body or official."""
    e = events[i]

    def own(ref: ActorRef | None) -> bool:
        return _same_party(ref, e.actor) or _affiliated(ref, e.actor, linked)

    for other in [*reversed(events[:i]), *events[i + 1 :]]:
        a, r = other.actor, other.recipient
        if not (_is_identified(a) and _is_identified(r)):
            continue
        assert a is not None and r is not None
        if own(a) and not own(r):
            return _plain(_as_state(r, linked), linked)
        if own(r) and not own(a):
            return _plain(_as_state(a, linked), linked)
    return None


_CONTROL_DEPS = {"xcomp", "conj", "pcomp", "pobj", "prep", "relcl", "dobj"}


def _controlling_event(
    doc: Doc, e: EventRecord, by_start: dict[int, EventRecord]
) -> EventRecord | None:
    """The event of the verb whose subject an infinitive act shares ("agreed/committed to
    meet"), up a chain of infinitives and conjoined infinitives."""
    span = doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    if span is None:
        return None
    cur = span.root
    for _ in range(6):
        # the parser may hang the second infinitive on a noun of the first ("committed to
        # establishing mechanisms to consolidate peace and to meet"): subject-less links only
        if cur.dep_ not in _CONTROL_DEPS or cur.head.i == cur.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return None
        cur = cur.head
        found = by_start.get(cur.idx)
        if found is not None and found.type in ("AGREE",) and found is not e:
            return found
    return None


def _report_author(
    events: list[EventRecord],
    i: int,
    obj: Token,
    linked: LinkedDoc,
    report_nouns: frozenset[str],
) -> ActorRef | None:
    """Who wrote the report `obj` names: a party its own phrase names ("the UN report",
    "media reports"), else the party an earlier sentence names as the author of a report
    ("the monitoring team publishes a report"), else the source of the latest account told
    before that is not the rejecting party's own side."""
    e = events[i]
    if _bare_plural(obj) and {lemma(obj), obj.lower_} & _NO_AUTHOR_REPORTS:
        return None  # "rejected reports that ...": hearsay no one party is named as telling
    own = _named_author(obj, linked, nouns_ok=True)
    if own is not None:
        return own
    if obj.i > 0 and not _bare_plural(obj):
        # "the report", "the findings": the report the article has named its author for, the
        # nearest one told before (not one of the reacting party's own side)
        for tok in reversed(linked.doc[: obj.sent.start]):
            if tok.pos_ != "NOUN" or not {lemma(tok), tok.lower_} & report_nouns:
                continue
            author = _named_author(tok, linked, nouns_ok=False)
            if (
                author is not None
                and _is_identified(author)
                and not (
                    e.actor is not None
                    and (_same_party(author, e.actor) or _affiliated(author, e.actor, linked))
                )
            ):
                return author
    sources = [
        p.reported_by
        for p in reversed(events[:i])
        if p.reported_by is not None
        and p.span[0] < e.span[0]
        and not (
            e.actor is not None
            and (_same_party(p.reported_by, e.actor) or _affiliated(p.reported_by, e.actor, linked))
        )
    ]
    # a named party's account before unnamed witnesses' ("residents said"): what a party
    # rejects is its adversary's report
    return next((s for s in sources if _is_identified(s)), sources[0] if sources else None)


def _named_author(report: Token, linked: LinkedDoc, *, nouns_ok: bool) -> ActorRef | None:
    """The party a report noun's own phrase names as its author ("the UN report", "UNAMA's
    findings", "a report released by Amnesty"), or the subject of the verb that puts it out
    ("the monitoring team publishes a report"). `nouns_ok`: an unlinked noun modifier ("media
    reports") counts as an author too."""

    def mentioned(toks: list[Token]) -> ActorRef | None:
        for t in toks:
            m = next(
                (m for m in linked.actor_mentions if m.start <= t.idx < m.end and m.actor_id),
                None,
            )
            if m is not None:
                return linked.actor_ref(m)
        return None

    for mod in report.children:
        if mod.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        found = mentioned([mod])
        if found is not None:
            return found
        if nouns_ok and mod.dep_ == "compound" and mod.pos_ == "NOUN":
            return ActorRef(id=None, name=None, text=mod.text)
    for acl in report.children:
        # "a report released by UNAMA"
        if acl.dep_ == "acl" and lemma(acl) in _PUBLISHING_VERBS:
            agents = [t for c in acl.children if c.dep_ == "agent" for t in c.subtree]
            found = mentioned(agents)
            if found is not None:
                return found
    if report.dep_ in ("dobj", "obj") and lemma(report.head) in _PUBLISHING_VERBS:
        # "the monitoring team publishes a report": its writer is the one who puts it out
        subject = subject_of(report.head)
        if subject is not None:
            return mentioned(list(subject.subtree))
    return None


# prepositions that give what a stated feeling is about ("concerned by", "alarmed at")
_CAUSE_PREPS = frozenset({"by", "about", "over", "at"})
# verbs of putting a document out: their subject (or agent) is its author
_PUBLISHING_VERBS = frozenset(
    {"publish", "release", "issue", "produce", "compile", "present", "submit", "prepare", "write"}
)


# verbs of noting an act someone else did ("reported an incursion", "recorded 40 attacks")
_NOTING_VERBS = frozenset(
    {"report", "record", "document", "detect", "observe", "witness", "notice", "register", "log"}
)
# unnamed people who speak or act for a body named after of/for/from
_AGENT_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "representative",
        "envoy",
        "delegate",
        "delegation",
        "member",
        "officer",
        "commander",
    }
)
# verbs whose bare-infinitive clause's subject is whom the act is for ("let monitors verify")
_LETTING_VERBS = frozenset({"let", "help", "make"})
# COERCE modes that leave people in someone's custody (whose release can be demanded)
_CUSTODY_MODES = frozenset({("COERCE", "arrest"), ("ASSAULT", "abduct")})
# reports that come from nowhere in particular when no author is named ("rejected reports that")
_NO_AUTHOR_REPORTS = frozenset({"report", "reports"})


def _bare_plural(obj: Token) -> bool:
    """A plural noun with no determiner, possessor, modifier or author ("reports that ...",
    "claims of abuse"): said by no one in particular."""
    return obj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod")
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in obj.children
    )


def _same_party(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.id or b.id:
        return a.id == b.id
    return (a.text or "").lower() == (b.text or "").lower()


def _party_holding(
    linked: LinkedDoc,
    sectors: tuple[str, ...],
    at: int,
    exclude: str | None,
    *,
    country: str | None = None,
) -> tuple[ActorRef, str] | None:
    """The actor of one of `sectors` mentioned nearest before character `at` (else after)."""
    best: tuple[tuple[int, int], ActorMention] | None = None
    for m in linked.actor_mentions:
        actor = linked.actors.get(m.actor_id) if m.actor_id else None
        if actor is None or actor.sector not in sectors or m.actor_id == exclude:
            continue
        if country is not None and (actor.country != country or actor.kind == "country"):
            continue
        key = (0, at - m.start) if m.start < at else (1, m.start - at)
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None
    ref = linked.actor_ref(best[1])
    actor = linked.actors.get(best[1].actor_id or "")
    parent = linked.actors.get(actor.parent) if actor is not None and actor.parent else None
    if actor is not None and actor.parent and (parent is None or parent.sector == actor.sector):
        # "according to the ISPR, ... the post": the army holds posts, not its press wing
        ref = ActorRef(id=actor.parent, name=parent.name if parent else None, text=ref.text)
    return ref, f"held by {best[1].text!r} mentioned in the document"


def _plain(ref: ActorRef | None, linked: LinkedDoc | None = None) -> ActorRef | None:
    if ref is None:
        return None
    actor = linked.actors.get(ref.id) if linked is not None and ref.id else None
    return ActorRef(id=ref.id, name=actor.name if actor else ref.name, text=ref.text)


def _link_incidents(events: list[EventRecord]) -> None:
    """Group same-type events in one document that share place, date and an actor."""

    def key(e: EventRecord) -> tuple:
        return (e.type, e.place.id if e.place else None, e.date)

    buckets: dict[tuple, list[EventRecord]] = {}
    for e in events:
        if e.place is None and e.date is None:
            continue
        buckets.setdefault(key(e), []).append(e)
    for (etype, place, day), group in buckets.items():
        ids: list[set[str]] = []
        for e in group:
            ids.append({a.id for a in (e.actor, e.recipient) if a is not None and a.id})
        for i, e in enumerate(group):
            if getattr(e, "incident", None):
                continue
            members = [e]
            for j in range(i + 1, len(group)):
                if ids[i] & ids[j] or (not ids[i] and not ids[j]):
                    members.append(group[j])
            if len(members) < 2:
                continue
            digest = hashlib.sha1(f"{etype}|{place}|{day}|{members[0].span}".encode()).hexdigest()[
                :12
            ]
            for m in members:
                if getattr(m, "incident", None) is None:
                    m.incident = digest


def _further_recipients(recipients: list[ActorRef], actor: ActorRef | None) -> list[ActorRef]:
    """The named parties coordinated with the first recipient ("urged Islamabad and Kabul"):
    distinct identified parties other than the actor itself; unnamed people counted with them
    ("five Chinese nationals and their driver") stay one group of victims. A party named elsewhere in the
    clause ("detained men on suspicion of helping the resistance") is no second target."""
    if not recipients:
        return []
    group = getattr(recipients[0], "_coord", None)
    seen = {recipients[0].id}
    if actor is not None and actor.id:
        seen.add(actor.id)
    out: list[ActorRef] = []
    for r in recipients[1:]:
        if (
            group is not None
            and getattr(r, "_coord", None) == group
            and _is_identified(r)
            and r.id not in seen
        ):
            seen.add(r.id)
            out.append(r)

    return out


def _conjoined_owners(
    head: Token, ref: ActorRef, tok_actor: dict[int, ActorMention]
) -> list[ActorMention]:
    """Further groups after the one a head noun is "of": "23 militants of the HGB and the TTP"
    names fighters of both groups, so both are parties to the act."""
    mention = getattr(ref, "_mention", None)
    toks: set[int] = getattr(ref, "_tokens", set())
    if mention is None or head.i in toks or head.like_num or lemma(head) in _QUANTITY_NOUNS:
        # "hundreds of traders and labourers" is one crowd, not members of two groups
        return []
    doc = head.doc
    root = next((doc[i] for i in sorted(toks) if doc[i].head.i not in toks), None)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head != head:
        return []
    out: list[ActorMention] = []
    for c in _conjuncts(root)[1:]:
        m = tok_actor.get(c.i)
        if (
            m is not None
            and m.actor_id
            and not m.actor_id.startswith("prov:")
            and m.actor_id != mention.actor_id
        ):
            out.append(m)
    return out


_NIGHT_PREPS = {"through", "during", "throughout"}


def _report_days(doc: Doc) -> dict[int, tuple[str, str]]:
    """The day of the report an act told in the past perfect was reported on, by the act's
    trigger offset ("In a statement on Tuesday, the ISPR said troops had killed three"): not
    the act's date, but the story's from then on (`_inherit_context`)."""
    found: dict[int, tuple[str, str]] = doc.user_data.setdefault("watchfloor_report_days", {})
    return found


def _past_perfect(verb: Token) -> bool:
    """Whether a verb is a past perfect ("had killed"), also when it shares the auxiliary of
    the verb it is coordinated with ("had cordoned off the area and killed three")."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in cur.children):
            return cur.tag_ == "VBN"
        if cur.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cur.children):
            return False
        cur = cur.head
    return False


# Participles that set a meeting's date ("the conference, scheduled for February 12")
_SCHEDULING = {"schedule", "set", "slate", "plan", "due"}


def _claimed_attack_phrase(anchor: Token, etype: str) -> set[int] | None:
    """For an attack coded from a claim of responsibility ("claimed the raid", "claimed
    responsibility for Monday's bombing"), the tokens naming the attack claimed; None for any
    other trigger."""
    if etype != "ASSAULT" or anchor.pos_ != "VERB" or lemma(anchor) != "claim":
        return None
    named = {
        t.i
        for c in anchor.children
        if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "for")
        for t in c.subtree
    }
    # "Last month, gunmen stormed a station, an attack the group claimed": a relative claim
    # verb has no object of its own, and the sentence's date is the attack's
    return named or None


def _overnight(sent: Span, member_tokens: set[int]) -> bool:
    """Whether the act is told as happening overnight ("overnight", "through the night"), as a
    modifier of the trigger's own clause; "at night" and "night raids" tell a habit or a kind."""
    words = _sentence_words(sent)
    if "overnight" not in words and "night" not in words:
        return False  # most sentences: no need to walk them per event
    for tok in sent:
        if tok.lower_ != "overnight" and not (
            tok.lower_ == "night" and tok.dep_ == "pobj" and tok.head.lower_ in _NIGHT_PREPS
        ):
            continue
        cur = tok
        for _ in range(4):
            if cur.i in member_tokens:
                return True
            # "condemned the attack and said police had arrested two men overnight": the
            # night of the clause's own act, not of the verb that governs it
            if cur.head.i == cur.i or cur.dep_ in _CLAUSE_DEPS:
                break
            cur = cur.head
        for i in member_tokens:
            # "raided three houses overnight, killing two suspects and arresting six others":
            # a participle without a subject of its own is part of the act the night is told
            # for, also when the parser hangs it on a noun of the clause before
            part = sent.doc[i]
            if part.tag_ != "VBG" or part.dep_ not in ("advcl", "conj"):
                continue
            for _ in range(5):
                if part.i == cur.i:
                    return True
                if part.head.i == part.i or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in part.children
                ):
                    break
                part = part.head
    return False


def _denial_over(tok: Token) -> Token | None:
    """The verb of denial whose complement holds `tok` ("denied that anyone had been
    detained", "rejected reports that troops had shelled a village"), or None: the act in
    its complement is the one denied (guide §10, dates of denials)."""
    deniers = denial_verbs()
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in ("conj", "advcl") and cur.head.pos_ in ("VERB", "AUX"):
            return None  # "denied the charge and said ...": a clause of the speaker's own
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and lemma(cur) in deniers:
            return cur
    return None


def _named_crossing(linked: LinkedDoc, before: int, cues: RecipientCues) -> PlaceRef | None:
    """The place last named as a border crossing ("the Chaman crossing", "the Ghulam Khan
    border crossing") before character `before`."""
    doc = linked.doc
    for m in sorted(linked.place_mentions, key=lambda m: -m.start):
        if m.start >= before or not m.place_id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words = [*span, *doc[span.end : span.end + 2]]
        if any(t.lower_ == "crossing" for t in words):
            return linked.place_ref(m)
    return None


_SCHEDULE_WORDS = {"due", "schedule", "scheduled", "slate", "slated"}


def _scheduled(anchor: Token) -> bool:
    """Whether the act is told as scheduled ("was due to travel on Thursday for talks"): its
    weekday is the next one, not the last."""
    cur = anchor
    for _ in range(4):
        if cur.dep_ == "xcomp" and {lemma(cur.head), cur.head.lower_} & _SCHEDULE_WORDS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _victims_group(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> str | None:
    """The group the guide codes unnamed ordinary victims as ("killing a woman and two
    children" → civilians; "nine people" on a passenger bus → passengers), or None when the
    recipient is a party or a more precise group."""
    ref = e.recipient
    if e.type != "ASSAULT" or ref is None or _is_identified(ref) or not ref.text:
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    last = ref.text.split()[-1].lower()
    head = next((t for t in sent if t.lower_ == last), None)
    words = {last, lemma(head) if head is not None else last}
    if head is not None and lemma(head) == "member":
        # "five members of one family": the members are what the family is
        words |= {lemma(o) for p in head.children if p.lower_ == "of" for o in p.children}
    if not words & cues.civilian_nouns:
        return None
    if any(
        lemma(t) in cues.passenger_vehicles and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
        for t in sent
    ):
        return "passengers"
    return "civilians"


def _finest_within(scored: list[tuple[float, PlaceMention]], linked: LinkedDoc) -> PlaceMention:
    """The best-placed mention, or a finer place the event's words also name inside it ("In
    Kunar, jets bombed an area of Dangam district" → Dangam): the guide wants the most
    specific location of the event, village > town > district > province > country."""
    best = scored[0][1]
    doc = linked.doc
    best_span = doc.char_span(best.start, best.end, alignment_mode="expand")
    for score, m in scored[1:]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if score <= 0.0 or span is None or best_span is None:
            continue
        # "the Arandu area of Chitral district", "a village in Kurram district": the place
        # whose phrase the other one qualifies is the finer one
        # ("near Besham in Khyber Pakhtunkhwa": the name itself is the phrase qualified)
        noun = span.root.head if span.root.dep_ in ("compound", "amod", "nmod") else span.root
        heads = {t.i for t in span} | ({noun.i} if noun.lower_ in _PLACE_NOUNS else set())
        if any(
            p.dep_ == "prep" and p.lower_ in ("of", "in") and p.head.i in heads
            for p in best_span.root.ancestors
        ):
            return m
    top = linked.places.get(best.place_id or "")
    if top is None or top.kind not in ("country", "admin1"):
        return best
    best_tokens = {t.i for t in best_span} if best_span is not None else set()
    for score, m in scored[1:]:
        place = linked.places.get(m.place_id or "")
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            score <= 0.0
            or place is None
            or place.kind in ("country", "admin1")
            or place.country != top.country
            # "in Panjshir or Andarab", "in Kunar and Jalalabad": a place named beside the
            # first is another place, not a finer one inside it (guide §6: the first-named)
            or (span is not None and span.root.dep_ == "conj" and span.root.head.i in best_tokens)
        ):
            continue
        if top.kind == "country":
            if score >= _ATTACHED_PLACE_SCORE:
                return m  # "in Atlantis, at the Gate": only a place the act itself names
            continue
        if place.admin1:
            # the gazetteer knows the province: "after the fall of Kabul" is not in Panjshir
            if loose_key(place.admin1) == loose_key(top.name):
                return m
            continue
        if None in (top.lat, top.lon, place.lat, place.lon):
            continue
        assert top.lat is not None and top.lon is not None
        assert place.lat is not None and place.lon is not None
        if haversine_km(top.lat, top.lon, place.lat, place.lon) <= _WITHIN_PROVINCE_KM:
            return m
    return best


def _event_sentence(e: EventRecord, linked: LinkedDoc) -> Span | None:
    """The event's sentence in the linked document."""
    return linked.doc.char_span(*e.sentence_span, alignment_mode="expand")


def _responsibility(e: EventRecord, linked: LinkedDoc) -> Token | None:
    """The "responsibility" of "claimed responsibility" in the event's sentence, or None."""
    sent = _event_sentence(e, linked)
    return next(
        (
            t
            for t in (sent if sent is not None else [])
            if lemma(t) == "responsibility" and lemma(t.head) == "claim"
        ),
        None,
    )


def _claims_told_attack(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the event's sentence claims responsibility for an attack already told ("claimed
    responsibility for the bombing": a definite noun)."""
    t = _responsibility(e, linked)
    if t is None:
        return False
    return any(
        p.lower_ == "for"
        and any(
            o.dep_ == "pobj" and any(d.lower_ in ("the", "this", "that") for d in o.children)
            for o in p.children
        )
        # the parser hangs "for ..." on the noun or on the verb
        for p in [*t.children, *t.head.children]
    )


def _quoted_label(ref: ActorRef | None, e: EventRecord) -> bool:
    """Whether the words naming `ref` stand inside quotation marks in the event's sentence."""
    if ref is None or not ref.text:
        return False
    at = e.sentence.find(ref.text)
    if at < 0:
        return False
    before = e.sentence[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _state_force(
    ref: ActorRef | None, e: EventRecord, linked: LinkedDoc, cues: RecipientCues
) -> tuple[ActorRef, str] | None:
    """For a country named as the modifier of a force noun it shares with another party
    ("Pakistani and Afghan forces"), that country's force as the document names it, else
    None."""
    state = linked.actors.get(ref.id) if ref is not None and ref.id else None
    if ref is None or state is None or state.kind != "country" or " " in ref.text.strip():
        return None
    sent = _event_sentence(e, linked)
    for tok in sent if sent is not None else []:
        if tok.text != ref.text or tok.dep_ not in ("amod", "compound"):
            continue
        found = (
            _party_holding(linked, _FORCE_SECTORS, tok.head.idx, None, country=state.country)
            if {lemma(tok.head), tok.head.lower_} & cues.force_nouns
            else None
        )
        if found is not None:
            # the words stay those of this sentence; only the party is the force
            force = ActorRef(id=found[0].id, name=found[0].name, text=ref.text)
            return force, f"the force of {ref.text!r} ({found[1]})"
    return None


def _trigger_head(e: EventRecord, linked: LinkedDoc) -> Token | None:
    if linked.doc is None:
        return None
    span = linked.doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    return span.root if span is not None else None


def _coordinated_target(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The target of an assault whose verb is coordinated with event `i`'s ("stormed the
    post and seized weapons", "shot dead three men and seized their rifles"), by the same
    actor: a seizure or other measure in the same breath is against the same party."""
    e = events[i]
    head = _trigger_head(e, linked)
    if head is None:
        return None
    for other in events:
        if (
            other is e
            or other.type != "ASSAULT"
            or other.recipient is None
            or other.sentence_span != e.sentence_span
            or not (e.actor is None or _same_party(e.actor, other.actor))
        ):
            continue
        verb = _trigger_head(other, linked)
        if verb is None:
            continue
        if (head.dep_ == "conj" and head.head.i == verb.i) or (
            verb.dep_ == "conj" and verb.head.i == head.i
        ):
            return other.recipient
    return None


def _mediators(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> set[str] | None:
    """The countries of the mediators of an agreement or talks told without their parties
    ("agreed under Qatari and Turkish mediation", "talks mediated by Qatar"), or None when the
    trigger's phrase tells no mediation."""
    head = _trigger_head(e, linked)
    if head is None:
        return None
    words = [
        t
        for t in head.subtree
        if lemma(t) == "mediation" or t.lower_ in cues.mediate_verbs
        if t.i != head.i and head.i in {a.i for a in t.ancestors}
    ]
    if not words:
        return None
    found: set[str] = set()
    for w in words:
        for t in w.subtree:
            for m in linked.actor_mentions:
                if m.start <= t.idx < m.end and m.actor_id:
                    country = getattr(linked.actors.get(m.actor_id), "country", None)
                    if country:
                        found.add(country)
    return found


def _two_sides(
    linked: LinkedDoc, mediator: str | set[str] | None
) -> tuple[ActorRef, ActorRef] | None:
    """The governments of the article's two countries other than a mediator's, in the order
    the article introduced them."""
    brokers = mediator if isinstance(mediator, set) else {mediator}
    talkers = [
        g
        for c in linked.focus_countries
        if c not in brokers
        for g in [_government(linked, c)]
        if g is not None
    ][:2]
    if len(talkers) < 2:
        return None
    talkers.sort(key=lambda r: _first_mention(r, linked))
    return talkers[0], talkers[1]


def _gerund_doer(verb: Token) -> Token | None:
    """The doer of a gerund hanging on "of"/"for" after a verb and its object: "accused
    Pakistani forces of firing mortars", "blamed the group for attacking", "thanked Qatar for
    hosting the talks" (the object, not the verb's subject, does the act the gerund tells)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in ("of", "for"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return None  # "accused Kabul of its fighters' attacking": the gerund has its own doer
    prep = verb.head
    owner = prep.head
    if owner.dep_ in ("dobj", "obj") and owner.head.pos_ == "VERB":
        return owner  # the parser may hang "of" on the object itself
    if owner.pos_ == "VERB":
        return next((c for c in owner.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)
    return None


def _raised_subject(verb: Token) -> Token | None:
    """The subject an infinitive or adjective shares with the passive or copula it hangs on:
    "China and Russia were expected to resist", "Kazakhstan was ready to increase exports",
    "the group is likely to attack" (the plain subject is found by `subject_of`)."""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "acomp":
            if cur.i == verb.i and (cur.tag_ == "VBN" or cur.lower_.endswith(("ed", "en"))):
                # "assets remain frozen", "schools stay closed": a state the subject
                # undergoes ("was determined to strike" keeps its subject)
                return None
            return subject_of(cur.head) or passive_subject(cur.head)
        if cur.dep_ != "xcomp":
            return None
        cur = cur.head
        found = passive_subject(cur)
        if found is not None:
            return found
    return None


def _points_here(anchor: Token) -> bool:
    """Whether the trigger's own phrase places it where the story was filed: "after two days
    of talks in this border city", "met here on Monday" (the dateline's place)."""
    for t in anchor.subtree:
        deictic = (
            t.lower_ in _PLACE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)
            and t.dep_ == "pobj"
            and t.head.lower_ in _PLACE_PREPS
        ) or (t.lower_ == "here" and t.dep_ == "advmod")
        if not deictic:
            continue
        # not the place of another act told inside the trigger's clause
        if not any(
            a.pos_ in ("VERB", "AUX") and a.dep_ != "xcomp"
            for a in t.ancestors
            if anchor.is_ancestor(a)
        ):
            return True
    return False


def _later_teller(
    events: list[EventRecord], i: int, accusation: EventRecord, linked: LinkedDoc
) -> ActorRef | None:
    """The source of an account told after `accusation` and before event `i`, in the sentence
    just before it, by a party other than event `i`'s actor ("He claimed that strikes had
    killed civilians. The minister rejected the allegation."), else None."""
    e = events[i]
    for prev in reversed(events[:i]):
        if prev.span[0] <= accusation.span[0] or prev.span[0] >= e.span[0]:
            continue
        src = prev.reported_by
        if (
            src is None
            or not src.id
            or prev.type in _SPEECH_TYPES
            or not _previous_sentence(prev, e, linked)
            or (
                e.actor is not None
                and (_same_party(src, e.actor) or _affiliated(src, e.actor, linked))
            )
        ):
            continue
        return _plain(src, linked)
    return None


def _border_fight(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> bool:
    """A mutual fight named with no party, at a border: "a border clash", "fighting along the
    frontier", "skirmishes on the border"."""
    head = _trigger_head(e, linked)
    if head is None or not {lemma(head), head.lower_} & cues.reciprocal:
        return False
    if any(c.dep_ in ("poss", "nsubj", "nsubjpass", "agent") for c in head.children):
        return False
    words = {lemma(t) for t in head.subtree} | {t.lower_ for t in head.subtree}
    words |= {lemma(t) for t in head.children if t.dep_ == "compound"}
    if head.dep_ == "compound":
        words |= {lemma(head.head), head.head.lower_}
    return bool(words & {"border", "frontier"})


# head words of a pair phrase that name the sides' armed forces ("the two sides' commanders")
_FORCE_WORDS = frozenset(
    {"commanders", "forces", "troops", "soldiers", "guards", "militaries", "armies"}
)


def _side_force(state: ActorRef, e: EventRecord, linked: LinkedDoc) -> ActorRef:
    """The armed force of a side's state as the document names it, else the state itself."""
    country = _country_of(state, linked)
    found = _party_holding(linked, _FORCE_SECTORS, e.span[0], None, country=country)
    body = linked.actors.get(found[0].id or "") if found is not None else None
    if found is None or body is None or body.kind == "person":
        return state  # a defence minister is not his side's force
    return _plain(found[0], linked) or state


def _quoted(tok: Token) -> bool:
    """Whether `tok` stands inside quotation marks in its sentence."""
    marks = [t for t in tok.sent if t.i < tok.i and t.text in ('"', "“", "”", "``", "''")]
    return len(marks) % 2 == 1


def _previous_speaker(
    e: EventRecord, linked: LinkedDoc, lex: Lexicon, *, provisional: bool = False
) -> ActorRef | None:
    """The linked subject of a verb of saying in the sentence before event `e`'s ("'Our
    patience is not unlimited,' he said. 'If ..., we will hit them'"). `provisional`: an
    unnamed speaker the linker kept as a provisional actor ("a Western diplomat") counts too."""
    sent = _event_sentence(e, linked)
    if sent is None or sent.start == 0:
        return None
    before = linked.doc[sent.start - 1].sent
    for _ in range(2 if provisional else 1):
        same_speaker = False
        for tok in before:
            if lemma(tok) not in lex.reporting_verbs:
                continue
            # the parser may give a dateline ("KABUL — '...,' said a diplomat") as a subject too
            for subj in (
                # "One elder, Sher Zaman, said": the person the apposition names first
                w
                for c in tok.children
                if c.dep_ == "nsubj"
                for w in [*(a for a in c.children if a.dep_ == "appos"), c]
            ):
                mention = next(
                    (
                        m
                        for m in linked.actor_mentions
                        if m.start <= subj.idx < m.end and m.actor_id
                    ),
                    None,
                )
                if mention is not None and (
                    provisional or not (mention.actor_id or "").startswith("prov:")
                ):
                    return linked.actor_ref(mention)
                same_speaker = same_speaker or (mention is None and subj.lower_ in ("he", "she"))
        if not same_speaker or before.start == 0:
            break
        # "He said the group was recruiting. Officials disputed that account": the account
        # of the speaker the sentence before that named
        before = linked.doc[before.start - 1].sent
    return None


def _points_back(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether an answer's object is a demonstrative ("disputed that", "rejected this
    account"): it answers what the sentence just before said."""
    head = _trigger_head(e, linked)
    if head is not None and head.i + 2 < len(head.doc):
        # "disputed that, saying ...": the parser may take the bare pronoun for the mark of
        # the clause after the comma
        nxt = head.doc[head.i + 1]
        if nxt.lower_ in _DEMONSTRATIVES and head.doc[nxt.i + 1].is_punct:
            return True
    return any(
        (o.lower_ in _DEMONSTRATIVES and o.dep_ in ("dobj", "obj"))
        or any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in o.children)
        for o in getattr(e, "_objects", [])
    )


def _clause_setting(root: Token, anchor: Token, member_tokens: set[int]) -> Token | None:
    """The verb of the clause a place phrase ("in the Bara area", "near the village of X")
    belongs to, when that is the event's verb or the verb an "-ing" result or a coordinated
    act hangs on, though the parser attached the phrase to a noun of that clause; else None."""
    cur, prep = root, None
    for _ in range(10):
        if cur.dep_ == "pobj" and cur.head.lower_ in _PLACE_PREPS:
            if cur.head.lower_ in _PATH_ENDS:
                # "travelling to the Dasu project in Upper Kohistan": inside a destination
                return None
            prep = prep or cur.head
        if cur.dep_ in ("relcl", "ccomp", "advcl", "conj", "xcomp", "parataxis") and cur.pos_ in (
            "VERB",
            "AUX",
        ):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if prep is None or prep.lower_ not in _LOCATIVE_PREPS or cur.pos_ not in ("VERB", "AUX"):
        return None
    own = {anchor.i} | member_tokens
    result = (
        anchor.dep_ == "advcl"
        and anchor.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in anchor.children)
    )
    # "..., killing two", "... and gunmen then opened fire": not "since the border was sealed"
    if (result or anchor.dep_ == "conj") and anchor.head.pos_ in ("VERB", "AUX"):
        own.add(anchor.head.i)
    return cur if cur.i in own else None


_LOCATIVE_PREPS = frozenset(
    {"in", "at", "on", "near", "around", "outside", "inside", "along", "within"}
)
# where people or things were going or came from is not where the act was
_PATH_ENDS = frozenset({"to", "into", "from", "toward", "towards", "onto"})


def _other_state_named(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The first state (or state body) the event's sentence names that is not the actor's
    side, as its government's reference, or None."""
    start, end = e.sentence_span
    for m in linked.actor_mentions:
        if not (start <= m.start < end) or not m.actor_id:
            continue
        ref = linked.actor_ref(m)
        actor = linked.actors.get(m.actor_id)
        if (
            actor is None
            or not _is_identified(ref)
            or _same_party(ref, e.actor)
            or _affiliated(ref, e.actor, linked)
            or not (actor.kind == "country" or actor.sector in _STATE_SECTORS)
        ):
            continue
        return _as_state(ref, linked)
    return None


def _denies_clause(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether an answer denies a that-clause of its own and has no object ("denied that any
    request had been received"): what it denies is an account, not a named statement."""
    head = _trigger_head(e, linked)
    if head is None or head.pos_ not in ("VERB", "AUX") or getattr(e, "_objects", []):
        return False
    return any(
        c.dep_ == "ccomp" and c.i > head.i and any(k.lower_ == "that" for k in c.children)
        for c in head.children
    )


_DEMONSTRATIVES = frozenset({"that", "this"})
