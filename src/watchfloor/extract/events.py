"""PLOVER event coder: LinkedDoc → EventRecords.

Per sentence: find trigger candidates with the lexicon (`triggers.py`), merge candidates that
describe the same happening ("stormed ... killing four"), let embedding verbs absorb their
complements ("demanded that X release ..." is one REQUEST), recode statements of intent
("will support" → AGREE, "threatened to attack" → THREATEN), then fill in the arguments from the
dependency parse and the linker's mentions: actor, recipient, place, date, casualties,
factuality and the reporting source.

The code is split by stage: this module keeps `EventExtractor.__init__`, the version (`VERSION`,
`version`, `_RULES_VERSION`), `_matcher_for` and `extract` (the per-sentence loop and the order
of the document-level passes); the stages themselves live in `watchfloor.extract.eventing` (see
its docstring for the map). Every name this module defined before the split (word lists,
`_Group`, helpers such as `_inherit_context`) is re-exported here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from watchfloor.extract.factuality import cues_version
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.trigger_model import (
    MODEL_PATH,
    TriggerModel,
    default_model,
    model_path,
    predicates,
)
from watchfloor.extract.triggers import Lexicon, TriggerMatcher, lemma, load_lexicon
from watchfloor.records import EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc

# The stages live in `watchfloor.extract.eventing`; the `X as X` imports keep the helpers the
# unit tests import from this module's name since before the split.
from watchfloor.extract.eventing.anaphors import _resolve_anaphors
from watchfloor.extract.eventing.base import _Group
from watchfloor.extract.eventing.candidates import (
    _DESCRIBED_TYPES,
    _background_acts_dropped,
    _body_purpose,
    _casualty_followup,
    _describes_speaker,
    _describes_victims,
    _fresh_nominal,
    _is_attributive_participle,
    _is_casualty_nominal,
    _is_date_name,
    _is_failed_act,
    _is_habitual_relative,
    _is_naming_or_description,
    _is_source_at_meeting,
    _is_standing_ban,
    _is_word_part_or_capability,
    _jailbreaks_as_assaults,
    _known_reporter_speaks,
    _paragraph_pieces,
    _questioned_in_custody,
    _receives_casualties,
    _rescue_or_vow_retyped,
    _victims_identified,
)
from watchfloor.extract.eventing.charges import (
    _authorship_charges,
    _charge_parties,
    _charged_perpetrators,
)
from watchfloor.extract.eventing.context import _inherit_context
from watchfloor.extract.eventing.context import _one_sides_account as _one_sides_account
from watchfloor.extract.eventing.grouping import GroupingMixin, _held_by_addressee
from watchfloor.extract.eventing.incidents import (
    _appended_claim_rows,
    _charged_act_copies,
    _denied_account_copies,
    _habitual_class_denials,
    _inherit_weapon,
    _link_incidents,
    _rival_toll_rows,
)
from watchfloor.extract.eventing.mutual import (
    _joint_meeting_rows,
    _many_party_meeting_rows,
    _mediators,
    _mutual_rows,
    _response_rows,
    _two_sides,
)
from watchfloor.extract.eventing.parties import _country_of, _trigger_head
from watchfloor.extract.eventing.recipients import RecipientsMixin
from watchfloor.extract.eventing.records import RecordsMixin
from watchfloor.extract.eventing.records import _count_assault_groups as _count_assault_groups
from watchfloor.extract.eventing.shared import _UNREAL, _in_dateline, _token_index
from watchfloor.extract.eventing.shared import _dateline_end as _dateline_end
from watchfloor.extract.eventing.shared import _sentence_entities as _sentence_entities
from watchfloor.extract.eventing.shared import _sentence_words as _sentence_words

_RULES_VERSION = "57"  # 57 (s22 review): a charge of failing to prevent attacks, or of harbouring those who attack, is no attack by the accused (a named doer "by militants" does it); denying who the dead were ("were not militants") is no denial of the killing; a backer "by" phrase must name a party; unidentified attackers take the story's first name only within its first incident (not passive victims, not "separate"/"unrelated" incidents); 56 (s22 rowsD): an appended denial negates only acts the denier is a party to (doer or target), not the attacks it permitted or others' planned attacks; "between Turi and Mangal tribesmen" and "between farmers and eradication teams" name the two sides (also after a place that "has seen" them), which act on each other even unnamed; a doerless mention joins its same-day, same-place incident; (s22 rowsE): second demands the parser misattaches, support charged by blame-for and by-participles, appended denials negate only the denier's acts; (s22 lead) partyless talks that are the setting of a deal ("agreed ... at a meeting") are left to the deal's rows; 55 (s22 rowsA): charged kinds of attack, traded-charge attacks, one AID row per coordinated support mode, a negated attack after a rejected account, CONSULT for counted spans of talks; (s22 rowsC): talks that name no party take the two parties of the mutual act they led to in the sentence; (s22 args): tolls of other dated incidents left to them, unidentified attackers keep the story's first name; (s22 fact 1.41): standing denials, charged support and strikes of one day; (s22 rowsB): a reply "to fire from" a party tells both directions; two parties' rival tolls of one attack are a row each; a force of the same state "backing" the actor acts too; a host told as hosting a meeting of three or more has its own row; "the two sides agreed" after a meeting in the sentence binds each side to the other; 54 (s21 review): a toll clause on an event the strikes answer is not the strikes' toll, and a reply and the attack it introduces ("in retaliation for a militant attack") are two happenings; 53 (s21 r2): "ready / offered to host talks" or "to mediate" is the offer alone, no CONSULT (guide §18 rule 11); "take measures to protect X" inside a demand is what is asked, no THREATEN; "the blast tore through X" and "the shooting went on until" are no repeat mentions; "the monitors say" or "reporting that" tells no new report; 52 (s21): "said X would provide Y" is the planned act only (guide §18 rule 20); "each side blamed the other" is one row per direction; "hunted down and brought to justice" is one threat; an agreement announces no concession; the toll a strike is said to have taken is that strike; s21 args: whoever "put the death toll at" tells it and does not do it, a backshifted perfect in a reported clause stays that clause's act, "his men" take the commander's side, a conjoined passive has its own doer, located speakers in "Peshawar's old city" and hyphen-split names, a "since …, when" toll is kept out; 51 (s20): a spokesperson's plain account of the stance of the state named in the reported clause is the state's act (guide §18 rule 19), not his own commitments, denials or warnings; 50 (s20 round 2): announced compensation is AID only, no AGREE; half a toll completed from the sentence when it agrees; 49 (s20): one CONSULT row per party of a meeting of three or more, aimed at the host; a claim of responsibility and its account are one ASSAULT; talks in which a deal was agreed are their own CONSULT; stranded "have in the past" subjects, passive subjects, participle nouns, "some of whom", act owners and "behind", sit-in stagers; casualty appositives, partitives and burns; 48: a conditional threat is the speaker's own act (review fix); 47: a reported act made conditional ("could impose sanctions if") is a threat; the object noun of a threatened act is its one copy; 46: a seized place is not a confiscation (setting places are no object); "adopted by" after a text; "due to be held"; 45: a joint meeting of two parties is one row; the topic of talks is no party; hyphened participles; "among them X"; 44: "the two sides" after a meeting; a negated threat beside a warning; "Opening the meeting, X said"


# The model looks at the first few clause heads of a silent sentence (main clause first).
_MODEL_PREDICATES = 3


class _LazyVersion:
    """`EventExtractor.VERSION`, worked out on first reading (for each trigger model file), so
    that importing the module loads no model."""

    def __get__(self, obj: object, owner: type[EventExtractor]) -> str:
        return _class_version(model_path())


@cache
def _class_version(path: Path) -> str:
    return EventExtractor._version()


# Every stage mixin; each also inherits the lower stages it calls (see
# `watchfloor.extract.eventing`). No two mixins define the same name.
class EventExtractor(GroupingMixin, RecordsMixin, RecipientsMixin):
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
                and not _is_naming_or_description(c)
                and not _is_source_at_meeting(c)
                and not _receives_casualties(c)
                and not (
                    c.type in _DESCRIBED_TYPES
                    and _is_habitual_relative(c.token)
                    and not _is_standing_ban(c)
                )
                and not (c.type == "ASSAULT" and _describes_victims(c.token, self.lexicon))
                and not (c.type == "ASSAULT" and _describes_speaker(c.token, self.lexicon))
                and not (c.type == "ACCUSE" and _body_purpose(c.token))
                and not (c.type == "ACCUSE" and _questioned_in_custody(c.token))
                and not (c.type == "ACCUSE" and _known_reporter_speaks(c))
                and not (c.type in seen_types and self._is_repeat_mention(c, tok_actor, raw_tokens))
            ]
            cands = _rescue_or_vow_retyped(_jailbreaks_as_assaults(cands))
            cands = _background_acts_dropped(cands)
            for c in cands:
                # read only for a noun after "after/since…" (`_is_backreference`)
                c.fresh = c.token.dep_ == "pobj" and _fresh_nominal(c)
            if not cands and last_assault is not None and len(planned) - last_assault <= 4:
                follow = _casualty_followup(sent)
                if follow is not None:
                    cands = [follow]
            if cands and last_assault is not None and len(planned) - last_assault <= 4:
                # "said the dead were local men who had been detained": who the victims were
                # is the attack mentioned again, beside the sentence's own acts
                cands += _victims_identified(sent, cands)
            groups = self._groups(sent, cands)
            if (
                cands
                and not groups
                and last_assault is not None
                and len(planned) - last_assault <= 4
            ):
                # "A doctor, who was not authorised to talk to reporters, said 17 bodies had
                # been brought in": the words the grouping set aside leave a casualty count
                follow = _casualty_followup(sent)
                if follow is not None:
                    groups = self._groups(sent, [follow])
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
            elif (
                e.type == "ASSAULT"
                and getattr(e, "_mutual", None)
                and e.actor is None
                and _border_fight(e, linked)
            ):
                # "days of fighting along the border", "the deadliest border fighting in
                # years": the two countries' forces, each firing on the other (guide §1.3)
                sides = _two_sides(linked, None)
                if sides is not None and e.recipient is None:
                    e.actor, e.recipient = sides
                elif sides is not None and e.recipient is not None:
                    own = _country_of(e.recipient, linked)
                    other = [s for s in sides if _country_of(s, linked) != own]
                    if own in {_country_of(s, linked) for s in sides} and other:
                        e.actor = other[0]
                if e.actor is not None:
                    e.notes.append("parties: border fighting between the article's two countries")
        events = _response_rows(
            _mutual_rows(events, linked), linked, self.lexicon, self.recipient_cues
        )
        events = _many_party_meeting_rows(_joint_meeting_rows(events, linked), linked)
        _inherit_context(events, linked, self._dateline_place(linked, tok_place))
        events = _authorship_charges(events, linked)
        events.extend(_charged_perpetrators(events, linked))
        events = _denied_account_copies(events, linked, self.lexicon)
        events = _charged_act_copies(events, linked, self.lexicon)
        events = _appended_claim_rows(events, linked, self.lexicon)
        events = _habitual_class_denials(events, linked)
        events = _rival_toll_rows(events, linked)
        _held_by_addressee(events, linked)
        _link_incidents(events)
        _inherit_weapon(events)
        for event in events:
            if event.factuality == "negated" and (
                event.fatalities is not None or event.injured is not None
            ):
                # "no civilian had been harmed", "denied that 14 soldiers were killed": a count
                # told of what did not happen is nobody's toll, not even a zero — "no one was
                # killed" is the killing denied, and every negated gold row has no count
                event.fatalities = event.injured = None
                event.notes.append("casualties: none for an act that is denied")
            # working state that holds spaCy objects: records leave this stage as plain data
            # (they are pickled to Dask workers' callers and compared across runs)
            event.__dict__.pop("_objects", None)
            event.__dict__.pop("_anaphor", None)
            event.__dict__.pop("_mutual", None)
        return events


def _border_fight(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether a clash or fighting is told as the border's ("border clashes", "cross-border
    fighting", "fighting along the border")."""
    head = _trigger_head(e, linked)
    if head is None:
        return False
    nouns = [head]
    if head.pos_ in ("VERB", "AUX"):
        # "days of fighting along the border killed dozens": the fighting that killed
        nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        nouns += [p for n in list(nouns) for p in _of_objects(n)]
    near = [
        t
        for n in nouns
        for t in (*n.children, *(p for c in n.children if c.dep_ == "prep" for p in c.children))
    ]
    return any(lemma(t) in _BORDER_WORDS for t in near)


def _of_objects(tok: Token) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]


_BORDER_WORDS = frozenset({"border", "cross-border", "frontier", "borders"})


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
