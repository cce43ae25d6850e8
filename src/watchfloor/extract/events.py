"""PLOVER event coder: LinkedDoc → EventRecords.

Per sentence: find trigger candidates with the lexicon (`triggers.py`), merge candidates that
describe the same happening ("stormed ... killing four"), let embedding verbs absorb their
complements ("demanded that X release ..." is one REQUEST), recode statements of intent
("will support" → AGREE, "threatened to attack" → THREATEN), then fill in the arguments from the
dependency parse and the linker's mentions: actor, recipient, place, date, casualties,
factuality and the reporting source.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import resolve_date
from watchfloor.extract.factuality import classify_factuality, cues_version
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.trigger_model import (
    MODEL_PATH,
    NONE,
    TriggerModel,
    predicate_phrase,
    predicates,
)
from watchfloor.extract.triggers import (
    Candidate,
    Lexicon,
    TriggerMatcher,
    lemma,
    load_lexicon,
    passive_subject,
    subject_of,
)
from watchfloor.records import ActorMention, ActorRef, EventRecord, PlaceMention, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from watchfloor.kb.linked import LinkedDoc

_RULES_VERSION = "4"
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
            # The packaged model is optional (a fresh checkout before training); a named one is not.
            missing = Path(trigger_model) == MODEL_PATH and not MODEL_PATH.exists()
            trigger_model = None if missing else TriggerModel.load(trigger_model)
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

    # VERSION is a class attribute in the pipeline's contract; computed from the packaged files.
    VERSION = ""  # set below from the rules, lexicon and cue-file versions

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
        for sent in doc.sents:
            raw = matcher.candidates(sent, mention_tokens)
            cands = [
                c
                for c in raw
                if not _is_casualty_nominal(c.token)
                and not _is_attributive_participle(c.token)
                and not (c.type in seen_types and self._is_repeat_mention(c, tok_actor))
            ]
            groups = self._groups(sent, cands)
            if not raw and self.trigger_model is not None:
                # Only sentences the lexicon says nothing about: where it fired, its decision
                # (including "this is a back-reference") stands.
                preds = predicates(sent, self.lexicon)[:_MODEL_PREDICATES]
                unknown.extend((len(planned), t) for t in preds if t.i not in mention_tokens)
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
        _inherit_context(events, linked, self._dateline_place(linked, tok_place))
        _link_incidents(events)
        for event in events:
            # working state that holds spaCy objects: records leave this stage as plain data
            # (they are pickled to Dask workers' callers and compared across runs)
            event.__dict__.pop("_objects", None)
            event.__dict__.pop("_anaphor", None)
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
        self, planned: list[tuple[Span, list[_Group]]], unknown: list[tuple[int, Token]]
    ) -> None:
        """Type predicates of lexicon-silent sentences with the statistical trigger model."""
        assert self.trigger_model is not None
        typed = self.trigger_model.classify([predicate_phrase(t) for _, t in unknown])
        best: dict[int, Candidate] = {}
        for (k, tok), (etype, p) in zip(unknown, typed, strict=True):
            if etype == NONE or k in best:
                continue  # predicates come main clause first: the first typed one wins
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
            sent, _ = planned[k]
            planned[k] = (sent, self._groups(sent, [cand]))

    def _implicit_recipients(
        self, events: list[EventRecord], linked: LinkedDoc, matcher: TriggerMatcher
    ) -> None:
        """Recipients named through an object: "a police post", "the convoy" → the party that
        holds it; "condemned the attack", "rejected the allegation" → that earlier event's
        actor; a later sentence about the same attack with no target of its own → the target
        of the attack it continues."""
        cues = self.recipient_cues
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
            if e.recipient is not None:
                continue
            actor_id = e.actor.id if e.actor else None
            for obj in getattr(e, "_objects", []):
                found = self._earlier_event_actor(events, i, obj, matcher, cues)
                if found is None:
                    sectors = cues.facility_sectors(obj)
                    found = _party_holding(linked, sectors, obj.idx, actor_id) if sectors else None
                if found is not None:
                    e.recipient, why = found
                    e.notes.append(f"recipient from {obj.text!r}: {why}")
                    break
            if e.recipient is None and e.type in _CARRY_RECIPIENT:
                prev = next(
                    (p for p in reversed(events[max(0, i - 3) : i]) if p.type == e.type), None
                )
                if (
                    prev is not None
                    and prev.recipient is not None
                    and (e.actor is None or _same_party(e.actor, prev.actor))
                ):
                    e.recipient = prev.recipient
                    e.notes.append("recipient from the same incident's earlier sentence")

    def _earlier_event_actor(
        self,
        events: list[EventRecord],
        i: int,
        obj: Token,
        matcher: TriggerMatcher,
        cues: RecipientCues,
    ) -> tuple[ActorRef, str] | None:
        if obj.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE_DETS | _POSSESSIVES
            for c in obj.children
        ):
            return None
        etype = cues.event_nouns.get(lemma(obj)) or cues.event_nouns.get(obj.lower_)
        if etype is None:
            cand = matcher.match_token(obj, set())
            etype = cand.type if cand is not None else None
        if etype is None:
            return None
        e = events[i]
        for prev in reversed(events[:i]):
            if prev.type != etype or prev.actor is None or prev.span[0] >= e.span[0]:
                continue
            if e.actor is not None and _same_party(e.actor, prev.actor):
                continue
            return prev.actor, f"actor of the earlier {etype.lower()} it refers to"
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
                for t in first[: tok.i - first.start]:
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
        cands = [c for c in cands if not self._is_backreference(c)]
        by_tok = {c.token.i: c for c in cands}

        # Absorption: complements of embedding verbs are not separate events.
        absorbed: set[int] = set()
        inner_of: dict[int, list[Candidate]] = {}
        for c in cands:
            if not (c.absorbs or c.commit):
                continue
            region = _complement_region(c.token)
            inner = [by_tok[i] for i in sorted(region) if i in by_tok and i != c.token.i]
            inner_of[c.token.i] = inner
            absorbed |= {x.token.i for x in inner if x.type != c.type or x.token.pos_ == "NOUN"}
        # An absorbing trigger inside another absorbing trigger's complement stays absorbed.
        cands = [c for c in cands if c.token.i not in absorbed]

        # Pledges: a hostile complement makes a THREATEN, a refusal a REJECT.
        intent = lex.intent
        for c in cands:
            if not c.commit:
                continue
            chain = _xcomp_chain(c.token)
            inner = [by_tok[t.i] for t in chain if t.i in by_tok]
            xneg = any(ch.dep_ == "neg" for x in chain for ch in x.children)
            selfneg = any(ch.dep_ == "neg" for ch in c.token.children)
            if selfneg and c.type == "AGREE":
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
                c.notes.append("negated agreement: coded as refusal")
            elif xneg and c.type == "AGREE":
                # "agreed not to attack each other" is a commitment to restraint: still AGREE.
                c.notes.append("pledge to refrain from acting")
            elif inner and inner[0].type in intent.get("hostile", []):
                c.type, c.mode = intent.get("hostile_as", "THREATEN"), inner[0].mode
                c.notes.append(
                    f"pledge of a hostile act ({inner[0].type.lower()}): coded as threat"
                )

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
            for comp in tok.children:
                if comp.dep_ not in ("ccomp", "parataxis"):
                    continue
                aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
                if aux & lex.demand_modals:
                    inner = [c for c in cands if c.token.i in {t.i for t in comp.subtree}]
                    speaker = subject_of(tok)
                    target = subject_of(comp)
                    if target is not None and (
                        speaker is None
                        or target.lower_ not in _PRONOUNS
                        or _other_party_pronoun(speaker, target)
                    ):
                        for x in inner:
                            cands.remove(x)
                        cand = Candidate(
                            token=tok, type="REQUEST", mode=None, conf=0.7, entry_index=-1000
                        )
                        cand.notes.append(
                            f"statement that another party {', '.join(sorted(aux & lex.demand_modals))} act"
                        )
                        g = _Group(members=[cand], main=cand, type="REQUEST", conf=0.7)
                        g.trigger_tokens = [tok, *[c for c in comp.children if c.lower_ in aux]]
                        groups.append(g)

        # Statements of intent: future-marked main clauses recode to AGREE/THREATEN/REJECT.
        for c in cands:
            tok = c.token
            if tok.pos_ not in ("VERB", "AUX") or c.commit or c.absorbs:
                continue
            if tok.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
                continue
            if tok.dep_ == "ccomp" and lemma(tok.head) not in lex.reporting_verbs:
                continue
            aux = {x.lower_ for x in tok.children if x.dep_ in ("aux", "auxpass")}
            reported = tok.dep_ == "ccomp"
            future = bool(aux & {"will", "shall", "'ll", "wo"}) or (reported and "would" in aux)
            if not future or c.type in ("CONSULT", "THREATEN", "REQUEST", "ACCUSE", "PROTEST"):
                continue
            negated = any(x.dep_ == "neg" for x in tok.children)
            if negated and c.type in intent.get("cooperative", []):
                c.notes.append(
                    f"stated refusal ({c.type.lower()} will not happen): coded as rejection"
                )
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
            elif negated:
                continue
            elif c.type in intent.get("cooperative", []) and c.type != "AGREE":
                c.notes.append(f"stated intention ({c.type.lower()}): coded as agreement")
                c.type, c.mode = intent.get("cooperative_as", "AGREE"), None
            elif c.type in intent.get("hostile", []) and c.type != "THREATEN":
                c.notes.append(f"stated intention ({c.type.lower()}): coded as threat")
                c.type, c.mode = intent.get("hostile_as", "THREATEN"), c.mode
            else:
                continue
            c.conf = max(c.conf, 0.7)
            c.notes.append("intent")

        # Merge same-type candidates that are syntactically one happening.
        parent = list(range(len(cands)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, a in enumerate(cands):
            for j in range(i + 1, len(cands)):
                b = cands[j]
                if a.type != b.type:
                    continue
                if _connected(a.token, b.token, lex):
                    parent[find(j)] = find(i)
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
            if "intent" in main.notes:
                g.factuality = "asserted"
            g.mode = self._mode(sent, g)
            groups.append(g)
        return groups

    def _is_repeat_mention(self, c: Candidate, tok_actor: dict[int, ActorMention]) -> bool:
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
        for ch in tok.subtree:
            if ch.i == tok.i:
                continue
            if ch.i in tok_actor or ch.ent_type_ in ("DATE", "TIME", "GPE", "ORG", "NORP"):
                return False
            if ch.dep_ == "prep" and ch.head.i == tok.i and ch.lower_ in ("by", "on", "against"):
                return False
        return True

    def _is_backreference(self, c: Candidate) -> bool:
        """A noun trigger inside "after/amid/... X" points at an earlier event, not a new one."""
        tok = c.token
        if tok.pos_ not in ("NOUN", "PROPN") or c.from_pattern and tok.dep_ not in ("pobj",):
            return False
        if c.from_pattern and c.span and tok.doc[c.span[0]].dep_ == "prep":
            return False  # the pattern spells out the preposition: "in protest"
        if tok.dep_ == "pobj" and lemma(tok.head.head) in self.lexicon.series_nouns:
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
        for c in g.members:
            if c.from_pattern and c.mode:
                return c.mode
        member_modes = [c.mode for c in g.members if c.mode]
        table = self.lexicon.modes.get(g.type)
        if table:
            words = {lemma(t) for t in sent} | {t.lower_ for t in sent}
            near = set()
            for c in g.members:
                near |= {lemma(t) for t in c.token.subtree} | {t.lower_ for t in c.token.subtree}
            ranked = [m for m, _ in table]
            cue_modes = [m for m, cues in table if cues & near] or [
                m for m, cues in table if cues & words
            ]
            # How it was done (abduction, torture...) beats what the sentence says was used.
            method = [m for m in member_modes if m not in _INSTRUMENT_MODES]
            if method:
                return method[0]
            choices = set(member_modes) | set(cue_modes[:1])
            if g.type != "ASSAULT" and member_modes:
                return g.main.mode or member_modes[0]
            for m in ranked:
                if m in choices:
                    return m
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
        actors, recipients, objects = self._arguments(g, anchor, tok_actor, lex)
        for c in g.members:
            if c.token.i == main.token.i:
                continue
            act, rec, more = self._arguments(
                _Group([c], c, c.type), _anchor(c.token, lex), tok_actor, lex
            )
            objects = objects + more
            if rec and (not recipients or (rec[0].id and not recipients[0].id)):
                recipients = rec
            if act and (not actors or (act[0].id and not actors[0].id)):
                actors = act

        trig_tokens = g.trigger_tokens or _trigger_tokens(main, doc)
        t_start = min(t.idx for t in trig_tokens)
        t_end = max(t.idx + len(t.text) for t in trig_tokens)
        trigger_text = doc.text[t_start:t_end]

        reported_by, report_tok = self._reported_by(sent, tok, tok_actor)
        used_tokens: set[int] = set()
        for ref_list in (actors, recipients):
            for ref in ref_list:
                used_tokens |= getattr(ref, "_tokens", set())
        place = self._place(linked, sent, g, anchor, tok_place, report_tok, used_tokens)
        date_value, precision = self._date(sent, g, anchor, linked.published)

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
            sent, tok, published=linked.published, event_year=event_year
        )
        if (
            factuality == "asserted"
            and reported_by is not None
            and _one_sides_account(
                reported_by,
                actors[0] if actors else None,
                recipients[0] if recipients else None,
                g.type,
                linked,
            )
        ):
            factuality = "alleged"
            notes.append("one party's account of an act involving a named adversary: alleged")

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
        actor_list: list[ActorRef | None] = list(actors) or [None]
        for i, actor in enumerate(actor_list):
            recipient = recipients[0] if recipients else None
            if recipient is None and len(actor_list) > 1 and g.type in _SYMMETRIC:
                others = [a for j, a in enumerate(actor_list) if j != i and a is not None]
                recipient = others[0] if others else None
            if (
                recipient is not None
                and actor is not None
                and recipient.id
                and recipient.id == actor.id
            ):
                recipient = recipients[1] if len(recipients) > 1 else None
            record = EventRecord(
                sentence=sent.text,
                sentence_span=(sent.start_char, sent.end_char),
                span=(t_start, t_end),
                trigger=trigger_text,
                type=g.type,
                mode=g.mode,
                context=contexts,
                actor=_plain(actor, linked),
                recipient=_plain(recipient, linked),
                place=place,
                date=date_value,
                date_precision=precision,
                fatalities=fatalities,
                injured=injured,
                factuality=factuality,
                reported_by=_plain(reported_by, linked),
                confidence=conf,
                extractor=extractor,
                notes=list(notes),
            )
            record._objects = objects  # type: ignore[attr-defined]
            record._anaphor = {  # type: ignore[attr-defined]
                "actor": getattr(actor, "_anaphor", None),
                "recipient": getattr(recipient, "_anaphor", None),
            }
            out.append(record)
        return out

    def _arguments(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> tuple[list[ActorRef], list[ActorRef], list[Token]]:
        tok = g.main.token
        actor_heads: list[Token] = []
        recipient_heads: list[Token] = []
        passive = passive_subject(anchor)
        agent = next(
            (
                p
                for c in anchor.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
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
            if tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB",):
                recipient_heads.extend(c for c in tok.head.children if c.dep_ == "dobj")
        else:
            if passive is not None and anchor.tag_ == "VBN":
                recipient_heads.append(passive)
                if agent is not None:
                    actor_heads.append(agent)
            else:
                subj = subject_of(anchor)
                if subj is not None:
                    actor_heads.append(subj)
                elif anchor.dep_ in ("acl", "amod") and anchor.tag_ == "VBN":
                    recipient_heads.append(anchor.head)
                    if agent is not None:
                        actor_heads.append(agent)
                for c in anchor.children:
                    if c.dep_ in ("dobj", "dative", "obj"):
                        recipient_heads.append(c)
                if tok.i != anchor.i:
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ in (
                            "on",
                            "against",
                            "with",
                            "to",
                            "targeting",
                        ):
                            recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                    recipient_heads = [r for r in recipient_heads if r.i != tok.i]
                for c in anchor.children:
                    if c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS and c.lower_ != "of":
                        recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                    if (
                        c.dep_ == "prep"
                        and c.lower_ == "of"
                        and lemma(anchor) in ("accuse", "convict", "suspect")
                    ):
                        pass
        if lemma(anchor) in lex.victim_verbs and anchor.pos_ in ("VERB", "AUX"):
            recipient_heads = actor_heads + recipient_heads
            actor_heads = []
        actors = self._refs(actor_heads, tok_actor, lex, require_actor=False)
        recipients = self._refs(recipient_heads, tok_actor, lex, require_actor=True)
        if actors and recipients:
            ids = {a.id for a in actors if a.id}
            recipients = [r for r in recipients if not (r.id and r.id in ids)] or recipients
        return actors, recipients, recipient_heads

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
            for h in _conjuncts(head):
                ref = _ref_for(h, tok_actor, lex, require_actor=require_actor)
                kind = _anaphor_kind(h, ref, lex)
                if kind == "pron":
                    ref = ActorRef(id=None, name=None, text=h.text)
                    ref._tokens = {h.i}  # type: ignore[attr-defined]
                if ref is None:
                    continue
                ref._anaphor = kind  # type: ignore[attr-defined]
                key = (ref.id, ref.text if ref.id is None else "")
                if key in seen:
                    continue
                seen.add(key)
                refs.append(ref)
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
                if subj is not None and subj.i != tok.i and not subj.is_ancestor(tok):
                    ref = _ref_for(subj, tok_actor, lex, require_actor=False)
                    if ref is not None:
                        return ref, cur
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                to = t.doc[t.i + 1]
                pobj = next((p for p in to.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((p for p in t.children for q in [p] if q.dep_ == "pobj"), None)
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
            return None
        excluded: set[int] = set(used_tokens)
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
        group_region = set()
        for member in g.members:
            group_region |= {t.i for t in member.token.subtree}
        group_region |= {t.i for t in anchor.subtree} if anchor.pos_ in ("VERB", "AUX") else set()
        for m in mentions:
            toks = tokens_of(m)
            if not toks or any(t.i in excluded for t in toks):
                continue
            root = max(toks, key=lambda t: -_depth(t))
            score = 0.0
            cur = root
            for hops in range(6):
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in _PLACE_PREPS
                    and cur.head.head.i in member_tokens
                ):
                    score = 3.0 - hops * 0.2
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if score == 0.0 and root.i in group_region:
                score = 2.0
            if score == 0.0 and not _LOOSE_PLACE:
                # A place elsewhere in the sentence ("the waters of the Helmand", "Pakistan's
                # Foreign Office") says nothing about where this event happened; the document
                # context (same incident, dateline) is the better guess.
                continue
            distance = min(abs(root.i - i) for i in member_tokens)
            place = linked.places.get(m.place_id) if m.place_id is not None else None
            if place is not None and place.kind == "country":
                score -= 0.3
            scored.append((score - distance / 100.0, m))
        if not scored:
            return None
        scored.sort(key=lambda x: -x[0])
        return linked.place_ref(scored[0][1])

    def _date(
        self, sent: Span, g: _Group, anchor: Token, published: date | None
    ) -> tuple[str | None, str | None]:
        ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
        if not ents:
            return None, None
        member_tokens = {c.token.i for c in g.members} | {anchor.i}

        def attached(e: Span) -> bool:
            cur = e.root
            for _ in range(4):
                if cur.i in member_tokens:
                    return True
                if cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        ordered = sorted(
            ents, key=lambda e: (not attached(e), min(abs(e.root.i - i) for i in member_tokens))
        )
        for e in ordered:
            value, precision = resolve_date(e.text, published)
            if value is not None:
                return value, precision
        return None, None

    def _contexts(
        self, sent: Span, g: _Group, refs: list[ActorRef], linked: LinkedDoc
    ) -> list[str]:
        words = {lemma(t) for t in sent} | {t.lower_ for t in sent}
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


def _model_version() -> str | None:
    if not MODEL_PATH.exists():
        return None
    return TriggerModel.load().version


def _version_string(lexicon: str, recipients: str, model: str | None) -> str:
    tm = f"+tm{model}" if model else ""
    return f"{_RULES_VERSION}+lex{lexicon}+fact{cues_version()}+rcp{recipients}{tm}"


EventExtractor.VERSION = _version_string(
    load_lexicon().version, load_cues().version, _model_version()
)

_DEFINITE_DETS = {"the", "this", "that", "these", "those", "such"}
_LOOSE_PLACE = False
_POSSESSIVES = {"its", "their", "his", "her", "our", "your", "my"}
# Material events narrated over several sentences keep their target ("the attackers then...").
_CARRY_RECIPIENT = {"ASSAULT", "COERCE"}


def _is_casualty_nominal(tok: Token) -> bool:
    """ "The wounded", "the dead": people, not an event."""
    return (
        lemma(tok) in _CASUALTY_VERBS | {"wounded", "injured", "dead"}
        and tok.pos_ != "VERB"
        and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj")
        and any(ch.dep_ == "det" for ch in tok.children)
    )


def _is_attributive_participle(tok: Token) -> bool:
    """ "The banned BLA", "heavily armed militants", "India-backed groups": a description of a
    participant, not a report of the act."""
    return tok.tag_ == "VBN" and tok.dep_ == "amod"


_INSTRUMENT_MODES = {"suicide-attack", "drone", "aerial", "explosives", "heavy-weapons", "firearms"}
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


def _xcomp_chain(tok: Token) -> list[Token]:
    """The to-complements of a pledge verb and what they coordinate ("offered to hand over")."""
    out: list[Token] = []
    frontier = [c for c in tok.children if c.dep_ == "xcomp"]
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
                cur = cur.head
            return True
    return bool(
        a.head.i == b.head.i
        and a.dep_ != "ROOT"
        and {a.dep_, b.dep_} <= {"dobj", "advcl", "conj", "xcomp", "nsubj", "pobj"}
    )


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
    seen: dict[int, Token] = {}
    for c in g.members:
        root = c.token
        if root.pos_ in ("NOUN", "PROPN") and root.head.pos_ in ("VERB", "AUX"):
            root = root.head
        for t in root.subtree:
            seen[t.i] = t
    return [seen[i] for i in sorted(seen)]


_assault_cache: dict[tuple[int, int], int] = {}


def _count_assault_groups(sent: Span, ex: EventExtractor) -> int:
    matcher = ex._matcher_for(sent.doc.vocab)
    return sum(
        1
        for c in matcher.candidates(sent, set())
        if c.type == "ASSAULT" and c.token.pos_ in ("VERB", "AUX")
    )


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _is_actorish(tok: Token, tok_actor: dict[int, ActorMention], lex: Lexicon) -> bool:
    return tok.i in tok_actor or tok.ent_type_ in _ENT_ACTOR_LABELS


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
    text = tok.doc.text[start.idx : end.idx + len(end.text)]
    return text, {t.i for t in keep}


def _ref_for(
    tok: Token, tok_actor: dict[int, ActorMention], lex: Lexicon, *, require_actor: bool
) -> ActorRef | None:
    """The actor a noun phrase head stands for: a linked mention, or an unlinked actor-like NP."""
    mention = tok_actor.get(tok.i)
    if mention is None:
        # A mention inside the phrase: "members of the TTP", "Pakistan's interior minister".
        best = None
        for t in tok.subtree:
            if (
                t.i in tok_actor
                and t.dep_ not in ("relcl",)
                and not any(
                    a.dep_ in ("relcl", "acl", "appos") and tok.is_ancestor(a) and a.is_ancestor(t)
                    for a in t.ancestors
                )
            ):
                d = abs(t.i - tok.i)
                if best is None or d < best[0]:
                    best = (d, t)
        if best is not None and best[0] <= 6:
            mention = tok_actor[best[1].i]
    if mention is not None:
        ref = ActorRef(id=mention.actor_id, name=None, text=mention.text)
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
    is_actor = (
        tok.ent_type_ in _ENT_ACTOR_LABELS
        or lemma(tok) in lex.actor_nouns
        or tok.lower_ in lex.actor_nouns
        or lemma(tok) in lex.anaphoric_nouns
        or any(c.dep_ == "compound" and c.ent_type_ in _ENT_ACTOR_LABELS for c in tok.children)
    )
    if not is_actor:
        return None
    text, toks = _np_text(tok)
    ref = ActorRef(id=None, name=None, text=text)
    ref._tokens = toks  # type: ignore[attr-defined]
    return ref


_PLURAL_PRONOUNS = {"they", "them"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
_NON_STATE_SECTORS = {"REB", "UAF", "CRM"}


def _anaphor_kind(tok: Token, ref: ActorRef | None, lex: Lexicon) -> str | None:
    """How an argument phrase refers back: "pron" (they), "def" (the attackers), "poss" (its
    fighters) or "pair" (the two sides); None for a phrase that names its actor itself."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return "pron"
    if ref is None:
        return None
    mention = getattr(ref, "_mention", None)
    if ref.id and not ref.id.startswith("prov:") and (mention is None or mention.rule != "generic"):
        return None
    word = lemma(tok)
    kids = list(tok.children)
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
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        return None
    return None


def _is_identified(ref: ActorRef | None) -> bool:
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
    for i, e in enumerate(events):
        kinds = getattr(e, "_anaphor", None) or {}
        earlier = events[:i][::-1]
        for role in ("actor", "recipient"):
            kind = kinds.get(role)
            if not kind:
                continue
            new: ActorRef | None = None
            if kind == "pair":
                pair = next(
                    (p for p in earlier if _is_identified(p.actor) and _is_identified(p.recipient)),
                    None,
                )
                if pair is not None:
                    if role == "actor":
                        new = pair.actor
                        if e.recipient is None:
                            e.recipient = pair.recipient
                    else:
                        new = (
                            pair.actor
                            if pair.actor is not None
                            and pair.actor.id != (e.actor.id if e.actor else None)
                            else pair.recipient
                        )
            elif kind == "poss":
                if _is_identified(e.reported_by):
                    new = e.reported_by
                else:
                    new = next(
                        (
                            p.actor
                            for p in earlier
                            if _is_identified(p.actor) and _non_state(p.actor, linked)
                        ),
                        None,
                    )
            elif kind == "def":
                new = next(
                    (
                        p.actor
                        for p in earlier
                        if p.type == "ASSAULT"
                        and p.actor is not None
                        and not (getattr(p, "_anaphor", None) or {}).get("actor")
                        and _non_state(p.actor, linked)
                    ),
                    None,
                )
            elif kind == "pron":
                # "Police said they had arrested ...": the pronoun is the speaker.
                if _is_identified(e.reported_by):
                    new = e.reported_by
                else:
                    new = next((p.actor for p in earlier if _is_identified(p.actor)), None)
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
    head = doc.text[:60]  # type: ignore[attr-defined]
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


_SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT"}
_PARTY_SECTORS = _STATE_SECTORS | _NON_STATE_SECTORS


def _one_sides_account(
    reporter: ActorRef,
    actor: ActorRef | None,
    recipient: ActorRef | None,
    etype: str,
    linked: LinkedDoc,
) -> bool:
    """Whether a report is one conflict party's version of events involving a named adversary:
    a claim about its own act against a named enemy ("the TTP said its fighters killed five
    police"), or about what the other side did ("Taliban officials said Pakistani aircraft
    struck ..."). A party reporting an attack by unnamed militants, or a neutral source, is
    taken as asserted."""
    if not _is_identified(reporter):
        return False
    rep = linked.actors.get(reporter.id or "")
    is_party = rep is not None and (rep.kind == "country" or rep.sector in _PARTY_SECTORS)
    if _affiliated(reporter, actor, linked):
        if etype in _SPEECH_TYPES:
            return False
        return _is_identified(recipient) and not _affiliated(reporter, recipient, linked)
    if _affiliated(reporter, recipient, linked) or is_party:
        return _is_identified(actor) and not _affiliated(reporter, actor, linked)
    return False


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


def _inherit_context(
    events: list[EventRecord], linked: LinkedDoc, dateline: PlaceRef | None
) -> None:
    """Fill a missing date or place from the document's running context.

    News narrates one incident over several sentences and names the date and place once;
    later sentences about material events (the attack, the arrests, the talks) inherit them
    from the previous event. Statements (accusations, demands) keep what their own sentence says.
    """
    last_place = dateline
    last_date: tuple[str, str] | None = None
    for e in events:
        if e.type in _MATERIAL_TYPES or e.type in ("AGREE",):
            if e.place is None and last_place is not None:
                e.place = last_place
                e.notes.append("place from document context")
            if e.date is None and last_date is not None:
                e.date, e.date_precision = last_date
                e.notes.append("date from document context")
        if e.date is None and linked.published is not None:
            e.date, e.date_precision = linked.published.isoformat(), "day"
            e.notes.append("date from publication")
        if e.place is not None:
            last_place = e.place
        if e.date is not None and "date from publication" not in e.notes:
            last_date = (e.date, e.date_precision or "day")


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
    return linked.actor_ref(best[1]), f"held by {best[1].text!r} mentioned in the document"


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
