"""Context inheritance after all records are built: factuality, places and dates an event
takes from the events around it (`_inherit_context`), and whether a report is one side's
account of a fight it is party to (`_one_sides_account`, `_party_to`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from watchfloor.extract.dates import long_before, resolve_date, starts_after
from watchfloor.extract.eventing.dating import _denial_over, _report_days
from watchfloor.extract.eventing.grouping import _SPONSOR_VERBS
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _country_of,
    _event_sentence,
    _is_identified,
    _trigger_head,
)
from watchfloor.extract.eventing.places import _place_anaphor
from watchfloor.extract.eventing.shared import (
    _BACKGROUND_FACTUALITY,
    _MEETING_NOUNS,
    _NON_STATE_SECTORS,
    _SPEECH_TYPES,
    _STATE_SECTORS,
    _UNREAL,
    _VERBAL_TYPES,
    _sentence_entities,
)
from watchfloor.extract.factuality import documenting_verbs, hedged_owners, hedges_passage
from watchfloor.extract.triggers import lemma
from watchfloor.records import Actor, ActorRef, EventRecord, PlaceRef

if TYPE_CHECKING:
    from watchfloor.kb.linked import LinkedDoc

# Physical acts take the place of the incident told earlier; verbal and diplomatic acts
# (agreements, meetings, sanctions, cooperation) only a place their own sentence names.
_PLACED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "CONCEDE"}
# Letting hostages go, pulling fighters back or laying down arms (RETREAT release, withdraw,
# a surrender with no mode) happen on the ground of the incident they end (guide §1.4); a
# ceasefire or an easing of sanctions is a decision, placed only where its sentence says, and
# so is a release still to come or one that did not happen.
_PLACED_RETREAT_MODES = {"release", "withdraw", None}
_PLACED_RETREAT_FACTUALITY = {"asserted", "alleged"}


def _takes_incident_place(e: EventRecord) -> bool:
    if e.type == "RETREAT":
        return e.mode in _PLACED_RETREAT_MODES and e.factuality in _PLACED_RETREAT_FACTUALITY
    return e.type in _PLACED_TYPES


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


_PARTY_SECTORS = _STATE_SECTORS | _NON_STATE_SECTORS


def _one_sides_event(e: EventRecord, reporter: ActorRef, linked: LinkedDoc) -> bool:
    """`_one_sides_account` of a built event's own actor, recipient, type and place."""
    return _one_sides_account(
        reporter,
        e.actor,
        e.recipient,
        e.type,
        linked,
        e.place.country if e.place is not None else None,
    )


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
        return (
            _is_identified(recipient)
            and not _affiliated(reporter, recipient, linked)
            # "troops returned fire and killed six of the attackers": the end of an attack
            # told as fact, the state's own operation (guide §1.7 rule 7), whoever the
            # attackers are found to be
            and not (recipient is not None and _INCIDENT_ATTACKERS.search(recipient.text or ""))
        )
    if (_affiliated(reporter, recipient, linked) or is_party) and etype not in _UNCONTESTED_TYPES:
        # states deny what they are accused of; armed groups claim their attacks
        return (
            _is_identified(actor)
            and not _affiliated(reporter, actor, linked)
            and _state_party(actor, linked)
        )
    return False


# Those who carried out the incident the article tells, named by what they did
_INCIDENT_ATTACKERS = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|hijackers?|raiders?|intruders?)\b", re.I
)


def _documents_findings(e: EventRecord, linked: LinkedDoc) -> bool:
    """An ACCUSE/investigate row told by a report's documenting verb (guide §10:
    "documented 152 killings", "estimates 5,000 fighters"), by the lemma of the trigger's
    first word (`generic.documenting_verbs` in the factuality cues)."""
    if e.type != "ACCUSE" or e.mode != "investigate":
        return False
    words = e.trigger.strip().lower().split()
    if not words:
        return False
    verbs = documenting_verbs()
    if linked.doc is not None:
        span = linked.doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
        if span is not None and len(span):
            return lemma(span[0]) in verbs
    # rows built without a parse: the inflected forms of the verbs
    first = words[0]
    return any(
        first in (v, v + "s", v + "d", v + "ed", v + "es", v[:-1] + "ied", v[:-1] + "ies")
        for v in verbs
    )


# Acts of force whose outcome the side that used it and its target tell differently
_FORCE_TYPES = {"ASSAULT", "COERCE"}


# Acts done with or for others (a deployment, a release), which no party disputes; aid stays
# out, as "India is arming the BLA" is a charge
_UNCONTESTED_TYPES = {"AGREE", "COOPERATE", "MOBILIZE", "RETREAT", "CONCEDE"}


# What a rejection of another party's version of events rejects ("rejected the account"), as
# against a charge or a demand it turns down
_ACCOUNT_NOUNS = {"account", "version", "claim", "figure", "toll"}


def _rejects_an_account(r: EventRecord, linked: LinkedDoc) -> bool:
    head = _trigger_head(r, linked)
    return head is not None and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in _ACCOUNT_NOUNS for c in head.children
    )


def _state_party(ref: ActorRef, linked: LinkedDoc) -> bool:
    """A country or one of its state bodies (the de facto Afghan government included)."""
    actor = linked.actors.get(ref.id or "")
    return actor is not None and (actor.kind == "country" or actor.sector in _STATE_SECTORS)


def _state_country(actor: Actor | None) -> str | None:
    """The country a state body or country actor speaks for; None for anyone else."""
    if actor is None or not actor.country:
        return None
    return actor.country if actor.sector in _STATE_SECTORS or actor.id == actor.country else None


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
    text = linked.text
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
# COERCE modes of a response to an incident rather than part of it (guide §1.2 table)
_MEASURE_MODES = {"arrest", "curfew"}
_SPEAKER_PRONOUN = re.compile(r"(?:He|She|It)\s")
_ANCHORED_AFTER = re.compile(r"\b(?:hours|minutes|moments)\s+(?:later|after)\b", re.I)


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


def _statement_days(linked: LinkedDoc) -> dict[int, str]:
    """Sentences told as a statement made on a past day ("The Foreign Office said in a
    statement on Tuesday that ..."): where each ends, and the day of the statement."""
    if linked.doc is None or linked.published is None:
        return {}
    out: dict[int, str] = {}
    for s in linked.doc.sents:
        root = s.root
        if root.lemma_ not in _SAYING or root.tag_ != "VBD":
            continue
        skip = {t.i for c in root.children if c.dep_ in ("ccomp", "conj") for t in c.subtree}
        frame = " ".join(t.text for t in s if t.i not in skip)
        value, precision = resolve_date(frame, linked.published)
        if value is not None and precision == "day" and value <= linked.published.isoformat():
            out[s.end_char] = value
    return out


# Words that place an act at a meeting ("on the sidelines of the meeting", "told the session")
_MEETING_PLACE = re.compile(
    r"\b(?:at|on|during|after|of|told|addressed) the (?:[\w-]+ )?"
    r"(?:meeting|summit|conference|session|sidelines|talks)\b",
    re.I,
)


# Verbs of saying that report a statement's words
_SAYING = {"say", "tell", "add", "state", "announce", "strike"}


# Those a visit of sympathy goes to ("visited the wounded", "met the families of the victims")
_THE_HURT = re.compile(r"\b(?:wounded|injured|bereaved|victims'? families|families of the)\b", re.I)


# A relative clause that goes on about the incident, not about whom the act goes to
_RELATIVE = re.compile(r"\b(?:which|that|who)\b", re.I)


def _after_trigger(text: str, e: EventRecord) -> str:
    """The words of `e`'s sentence from its trigger to any relative clause: "met tribal elders
    to discuss the attack, which also wounded two" is no visit to the wounded."""
    rest = text[e.span[1] : e.sentence_span[1]]
    cut = _RELATIVE.search(rest)
    return rest[: cut.start()] if cut else rest


# Triggers that announce an act rather than do it ("announced compensation")
_ANNOUNCING = re.compile(r"announc")


# Gatherings where an act told in the lead took place ("signed the agreement at a ceremony")
_EVENT_GATHERINGS = _MEETING_NOUNS | {"ceremony", "session"}
# "In Kabul, ...", "Back in Islamabad, ...": a sentence opened by where it is set
_SET_ELSEWHERE = re.compile(
    r"\s*(?:In|From|Back in|Meanwhile in|Meanwhile, in) "
    # a time ("In March, the spokesman said", "From Monday, …") sets no place
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,"
)
# words that tell who attended a meeting ("drew", "attended by", "took part")
_ATTENDANCE = {"drew", "attended", "attending", "participants", "delegations", "chaired", "joined"}


def _support_charged(e: EventRecord, linked: LinkedDoc) -> bool:
    """An AID row that charges or denies the backing of armed men ("said the bomber had been
    trained in Khost", "accused India of financing the attackers", "deny sheltering the group"):
    its place is the one named for the training or the funding and its date one given for it,
    never the attack's or the news day's (guide §8 "Sponsor", §10 "Dates of denials")."""
    if e.type != "AID" or e.factuality not in ("alleged", "negated", "generic"):
        return False
    head = _trigger_head(e, linked)
    word = lemma(head) if head is not None else e.trigger.lower()
    return word in _SPONSOR_VERBS


def _aid_announced_elsewhere(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether aid announced ("announced compensation for the families") has a place that
    its sentence names only for another act ("visited the wounded in Peshawar and announced
    compensation"): the announcement is a statement of intent, placed only where its own
    clause says (guide §1.4)."""
    if e.type != "AID" or e.place is None or not _ANNOUNCING.match(e.trigger.lower()):
        return False
    head = _trigger_head(e, linked)
    if head is None:
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if lemma(verb) != "announce":
        return False
    lo = verb.left_edge.idx
    hi = verb.right_edge.idx + len(verb.right_edge.text)
    # the clause of "announced" without the clauses joined to it
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i:
            hi = min(hi, c.left_edge.idx)
    named = [
        m
        for m in linked.place_mentions
        if m.place_id == e.place.id
        and e.sentence_span[0] <= m.start
        and m.end <= e.sentence_span[1]
    ]
    return bool(named) and all(not (lo <= m.start and m.end <= hi) for m in named)


# Head nouns for attackers nobody has named: "Gunmen stormed ... the attackers then ...".
# (bombers are not among them: "a suicide bomber ... and gunmen then stormed" are two.)
_ASSAILANT_HEADS = frozenset(
    {"gunman", "attacker", "assailant", "hijacker", "perpetrator", "insurgent", "militant"}
)
_ASSAILANT_PLURALS = {"gunmen": "gunman", "men": "man"}
# Story rows that tell the incident itself (a pattern or a past one has its own doers).
_INCIDENT_FACTUALITY = frozenset({"asserted", "alleged"})


def _assailant_head(ref: ActorRef | None, e: EventRecord) -> str | None:
    """The head noun of an unidentified attacker ("the attackers", "a fourth attacker"), or
    None; "two men" counts only as the doer of an attack."""
    if ref is None or (ref.id and not ref.id.startswith("prov:")) or not ref.text:
        return None
    head = _singular(ref.text.split()[-1])
    if head in _ASSAILANT_HEADS:
        return head
    if head == "man" and e.type == "ASSAULT" and ref is e.actor:
        return head
    return None


def _singular(word: str) -> str:
    word = word.lower()
    return _ASSAILANT_PLURALS.get(word) or (word[:-1] if word.endswith("s") else word)


def _story_assailants(
    events: list[EventRecord], linked: LinkedDoc
) -> tuple[str, tuple[int, int]] | None:
    """The words the story first calls its unidentified attackers with ("Gunmen on a
    motorcycle shot dead ..." → "gunmen", "armed men" → "armed men") and the sentence that
    does: the first such doer in the first sentence that tells the incident's attack, else
    None. The victims of that attack ("Three militants were killed by ...") are no doers."""
    doc = linked.doc
    if doc is None:
        return None
    spans = sorted(
        {e.sentence_span for e in events if e.type == "ASSAULT" and e.factuality == "asserted"}
    )
    if not spans:
        return None
    # only the first sentence that tells the attack names its doers first
    start, end = spans[0]
    for t in doc.char_span(start, end, alignment_mode="expand") or []:
        # the doers, however the parser hangs a lead's subject after its dateline ("KHAR —
        # Gunmen on a motorcycle shot dead ..."), not a group the act was against or a
        # modifier of another noun
        doer = t.dep_ not in ("pobj", "dobj", "poss", "compound", "amod", "nsubjpass") or (
            t.dep_ == "pobj" and t.head.lower_ == "by"
        )
        if not doer or t.pos_ not in ("NOUN", "PROPN"):
            continue
        head = _singular(t.text)
        mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i]
        if head == "man" and not any(c.dep_ == "amod" for c in mods):
            continue
        if head in _ASSAILANT_HEADS or head == "man":
            return " ".join([*(c.text.lower() for c in mods), t.text.lower()]), (start, end)
    return None


# Words that tell another incident than the story's first ("In a separate incident",
# "Separately, ...", "in an unrelated raid", "another attack").
_OTHER_INCIDENT_WORDS = frozenset({"separate", "separately", "unrelated", "another"})
# The acts the story's attackers do in its incident.
_ASSAILANT_TYPES = frozenset({"ASSAULT"})


def _tells_another_incident(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the row's sentence says it tells another incident; "another attacker" is
    one more of the same attackers, not another incident."""
    if linked.doc is None:
        return False
    for t in _event_sentence(e, linked) or []:
        if t.lower_ not in _OTHER_INCIDENT_WORDS:
            continue
        if t.lower_ == "another" and _singular(t.head.text) in _ASSAILANT_HEADS:
            continue
        return True
    return False


def _near_date(a: str, b: str) -> bool:
    """Whether two dates can be one incident's: the same, one within the other's month or
    year, or days next to each other (a siege "on Wednesday evening" ended "at dawn")."""
    if a.startswith(b) or b.startswith(a):
        return True
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def _name_assailants(events: list[EventRecord], linked: LinkedDoc) -> None:
    """Give the unidentified attackers of a story the name it first gave them.

    A story names its attackers once ("Gunmen on a motorcycle shot dead ...") and then
    refers back with other nouns ("the attackers opened fire", "a fourth attacker blew
    himself up", "two men fired"); they are one party, which the annotators write with the
    first name (`?:gunmen`), not a new one for each noun. Only the doers of that first
    incident's acts are renamed: not a victim or a detainee, and not the doers of an act told
    at another place or date or as another incident ("In a separate incident, militants
    attacked ...")."""
    found = _story_assailants(events, linked)
    if found is None:
        return
    name, first_span = found
    first_head = _singular(name.split()[-1])
    first = [
        e
        for e in events
        if e.sentence_span == first_span and e.type == "ASSAULT" and e.factuality == "asserted"
    ]
    places = {e.place.id for e in first if e.place is not None}
    dates = {e.date for e in first if e.date is not None}
    for e in events:
        if (
            e.factuality not in _INCIDENT_FACTUALITY
            or e.type not in _ASSAILANT_TYPES
            or e.sentence_span < first_span
        ):
            continue
        if places and e.place is not None and e.place.id not in places:
            continue
        if dates and e.date is not None and not any(_near_date(e.date, d) for d in dates):
            continue
        if _tells_another_incident(e, linked):
            continue
        for role in ("actor", "recipient"):
            ref = getattr(e, role)
            head = _assailant_head(ref, e)
            if ref is None or head is None or head == first_head:
                continue
            if role == "recipient" and (e.actor is None or _assailant_head(e.actor, e)):
                # only the attackers hit back in their own incident ("Soldiers returned fire
                # and killed one of the assailants"), not a group the attackers hit
                continue
            # a new reference: rows copied from this one share the old object
            setattr(
                e,
                role,
                replace(ref, name=name, id="prov:" + name.replace(" ", "-") if ref.id else None),
            )
            e.notes.append(f"attackers: named as the story first named them ({name})")


def _inherit_context(
    events: list[EventRecord], linked: LinkedDoc, dateline: PlaceRef | None
) -> None:
    """Fill a missing date or place from the document's running context.

    News narrates one incident over several sentences and names the date and place once;
    later sentences about material events (the attack, the arrests, the talks) inherit them
    from the previous event. Statements (accusations, demands) keep what their own sentence says.
    """
    _name_assailants(events, linked)
    for e in events:
        if (
            e.factuality == "asserted"
            and e.reported_by is not None
            and e.type not in _SPEECH_TYPES
            and any(n.startswith("actor from") for n in e.notes)
            and _one_sides_event(e, e.reported_by, linked)
        ):
            # "The Taliban's defence ministry said the strikes hit houses": the actor the
            # strikes refer back to is known only now, and the account is one side's of what
            # the other did (guide §1.7 rule 6)
            e.factuality = "alleged"
            e.notes.append("one party's account of an act its actor, found later, did: alleged")
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

    def said_in_past(e: EventRecord) -> bool:
        # "Lavrov told reporters that our partners must ...", "struck a softer tone, saying
        # the region should ...": a statement whose words are in the present, reported in the
        # past tense of the verb of saying above them
        if told_in_past(e):
            return True
        head = _trigger_head(e, linked)
        if head is None or e.type not in _SPEECH_TYPES:
            return False
        for verb in head.ancestors:
            if verb.pos_ in ("VERB", "AUX") and lemma(verb) in _SAYING:
                aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
                return verb.tag_ == "VBD" and not aux & {"has", "have"}
        return False

    def agreed_as_made(e: EventRecord) -> bool:
        # "the two sides agreed", not "was ready to join" or "had given guarantees" (a stance,
        # or a thing given, told on the news day)
        head = _trigger_head(e, linked)
        if head is None:
            return True
        passive = head.tag_ == "VBN" and (
            any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children)
            # "the declaration, adopted by all ten members, said ...": a participle set off
            # by its agent describes the text as made
            or (head.dep_ == "acl" and any(c.dep_ == "agent" for c in head.children))
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
        lead_text = linked.text[lead.sentence_span[0] : lead.sentence_span[1]].lower()
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
        retold = linked.text[retold_span[0] : retold_span[1]].lower() if retold_span else ""
        # (or the lead tells the meeting or visit itself: "Wang Yi hosted his Pakistani and
        # Afghan counterparts in Beijing on Wednesday")
        lead_meets = any(
            e.type == "CONSULT"
            and e.factuality == "asserted"
            and e.sentence_span == lead.sentence_span
            and e.date == lead_day
            for e in events
        )
        if (
            lead_meets
            or _MEETING_NOUNS & set(re.findall(r"[a-z]+", lead_text))
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
            if lead_start <= m.start < lead_end and (country := _state_country(actor)):
                lead_countries.add(country)
        for pm in linked.place_mentions:
            place = linked.places.get(pm.place_id) if pm.place_id else None
            if lead_start <= pm.start < lead_end and place is not None and place.kind == "country":
                lead_countries.add(place.country or "")
        # "The meeting was chaired by X and drew Russia's Sergei Shoigu, China's Wang ...":
        # states a sentence soon after the lead names as attending the meeting take part too
        if linked.doc is not None:
            for sent in list(linked.doc.sents)[:6]:
                if sent.start_char <= lead_start:
                    continue
                words = set(re.findall(r"[a-z]+", sent.text.lower()))
                if not (_EVENT_GATHERINGS & words and _ATTENDANCE & words):
                    continue
                for m in linked.actor_mentions:
                    actor = linked.actors.get(m.actor_id) if m.actor_id else None
                    if sent.start_char <= m.start < sent.end_char and (
                        country := _state_country(actor)
                    ):
                        lead_countries.add(country)

    def state_in_lead(actor_id: str | None) -> bool:
        actor = linked.actors.get(actor_id or "")
        return (
            actor is not None
            and (actor.sector in _STATE_SECTORS - {"LEG"} or actor.id == actor.country)
            and actor.country in lead_countries
        )

    # persons the knowledge base lacks, introduced by a state's title ("China's public security
    # minister Wang Xiaohong", "India's Ajit Doval"): the state each speaks for
    person_state: dict[str, str] = {}
    full = linked.text if linked.doc is not None else ""  # rows built without a parse
    states = [
        m
        for m in linked.actor_mentions
        if full[m.end : m.end + 2] in ("'s", "’s")
        and _state_country(linked.actors.get(m.actor_id or ""))
    ]
    for m in linked.actor_mentions:
        person = linked.actors.get(m.actor_id or "")
        if person is None or person.sector is not None or m.actor_id in person_state:
            continue
        title = next(
            (
                st
                for st in states
                if 0 <= m.start - st.end <= 60
                and not re.search(r"[.,;:\"“”()]|\band\b", full[st.end : m.start])
            ),
            None,
        )
        if title is not None and (country := _state_country(linked.actors[title.actor_id or ""])):
            person_state[m.actor_id or ""] = country

    def meeting_party(e: EventRecord) -> bool:
        if (
            e.type == "REJECT"
            and e.recipient is not None
            and e.recipient.id
            and not party_of_meeting(e.recipient, e)
        ):
            # "Human Rights Watch accused the Taliban ... The Taliban denied it": a denial
            # answers what someone away from the meeting said later, on the news day (§1.5)
            return False
        return party_of_meeting(e.actor, e)

    def party_of_meeting(ref: ActorRef | None, e: EventRecord) -> bool:
        if ref is None or not ref.id or not lead_ids or ref.id in lead_ids:
            return True
        actor = linked.actors.get(ref.id)
        if actor is not None and actor.sector not in (None, "UNK"):
            return state_in_lead(ref.id)
        if person_state.get(ref.id) in lead_countries:
            # "China's public security minister Wang Xiaohong ... Wang asked": a person the
            # article introduced by a lead state's title speaks for it
            return True
        # a person the knowledge base lacks, introduced by a lead state's title ("Pakistan's
        # special representative, Mohammad Sadiq, said")
        return any(
            e.sentence_span[0] <= m.start < e.span[0]
            and text[m.end : m.end + 2] in ("'s", "’s")
            and state_in_lead(m.actor_id)
            for m in linked.actor_mentions
        )

    def names_meeting(e: EventRecord) -> bool:
        return bool(_MEETING_PLACE.search(text[e.sentence_span[0] : e.sentence_span[1]]))

    # speakers the article places away from the meeting ("In Kabul, the spokesman dismissed
    # the decision"): what they go on to say was not said there
    away_speakers: set[str] = set()
    meeting_place = (lead.place if lead is not None else None) or dateline

    # "Opinion: ...": a piece that discusses the news rather than reporting it ("Analysis: ..."
    # reports the news it analyses, and its undated statements are of its day, guide §1.5)
    opinion = (linked.title or "").lower().startswith(("opinion", "op-ed", "comment"))

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
        return not held_now(e)

    def held_now(e: EventRecord) -> bool:
        head = _trigger_head(e, linked)
        if head is None:
            return False
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(aux & {"being", "is", "are", "am"} or verb.tag_ in ("VBZ", "VBP", "VBG"))

    # the day of a report, for the sentences after the one that gives it
    told_on: tuple[tuple[str, str], tuple[int, int]] | None = None
    # "The accounts could not be independently verified": the accounts its paragraph told
    # before it are the parties' versions (guide §7, "that passage")

    text = linked.text if linked.doc is not None else ""
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
    # parties whose account another party rejects in the article ("Mujahid rejected the
    # account"): their versions of their own use of force are contested (guide §1.7)
    rejected = [
        (r.recipient, r.actor)
        for r in events
        if r.type == "REJECT"
        and r.factuality == "asserted"
        and r.recipient is not None
        and _rejects_an_account(r, linked)
    ]
    for e in events:
        if (
            e.factuality == "asserted"
            # (an arrest told by the arresting side is routine sourcing, even in a dispute)
            and e.type == "ASSAULT"
            and e.reported_by is not None
            and _affiliated(e.reported_by, e.actor, linked)
            and any(
                _affiliated(e.reported_by, target, linked)
                and not _affiliated(e.reported_by, rejecter, linked)
                for target, rejecter in rejected
            )
        ):
            e.factuality = "alleged"
            e.notes.append("a party's own operation another party disputes: alleged")
    settings = _time_settings(linked, events)
    # sentences that tell an attack: a measure told with it (cordoned off the area and killed
    # two, a third was arrested) is part of the incident's narration
    attack_sentences = {x.sentence_span for x in events if x.type == "ASSAULT"}

    def follow_on_measure(e: EventRecord) -> bool:
        # arrests, curfews and deployments told without a day of their own after the
        # incident, in a sentence that does not narrate the incident itself: a response in the
        # news window with no time word, of the publication day (guide §1.5; the gold's
        # "later" arrests, curfews and checkpoints with no time word)
        if not (e.type == "MOBILIZE" or (e.type == "COERCE" and e.mode in _MEASURE_MODES)):
            return False
        if e.sentence_span in attack_sentences or e.factuality not in ("asserted", "alleged"):
            return False
        sentence = text[e.sentence_span[0] : e.span[0]]
        # "hours later", "hours after the attack" anchor it on the incident's day; a witness
        # quoted retells the incident
        return (
            not _ANCHORED_AFTER.search(text[e.sentence_span[0] : e.sentence_span[1]])
            and (sentence.count('"') + sentence.count("“") - sentence.count("”")) % 2 == 0
        )

    # the last statement whose own sentence gave its day: (sentence, speaker, day)
    dated_statement: tuple[tuple[int, int], str | None, str] | None = None

    statement_days = _statement_days(linked)

    def spoken_on(e: EventRecord) -> str | None:
        # "The Foreign Office said in a statement on Tuesday that ... It urged Kabul to act":
        # the speaker a pronoun takes up in the next sentence speaks on the statement's day,
        # also when the statement itself gave no row of its own
        if e.type not in _SPEECH_TYPES or not told_in_past(e):
            return None
        if not _SPEAKER_PRONOUN.match(text[e.sentence_span[0] : e.sentence_span[1]]):
            return None
        return statement_days.get(len(text[: e.sentence_span[0]].rstrip()))

    def goes_on_speaking(e: EventRecord) -> bool:
        # "Lin Jian told a briefing on Wednesday that ... He demanded that ...": the next
        # sentence, opened by a pronoun for the same speaker, tells the same statement
        if dated_statement is None or e.type not in _SPEECH_TYPES or not told_in_past(e):
            return False
        span, speaker, _ = dated_statement
        if text[span[1] : e.sentence_span[0]].strip():
            return False
        if e.actor is not None and e.actor.id and speaker and e.actor.id != speaker:
            return False
        return bool(_SPEAKER_PRONOUN.match(text[e.sentence_span[0] : e.sentence_span[1]]))

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
        if _aid_announced_elsewhere(e, linked):
            e.place = None
            e.notes.append("place: aid announced is placed only by its own clause")
        # a pattern of many events has no single date or place but its own
        pattern = e.factuality == "generic"
        # nor has a conditional act, or a future one the sentence gives no date for, nor
        # one told as not happening over a span ("no government has backed the group",
        # "the monitors do not visit"); one act that did not happen keeps the news day ("the
        # group did not target civilians", "no nationals were hurt in the attack")
        undated = (
            pattern
            or e.factuality in _UNREAL
            or _support_charged(e, linked)
            or (e.factuality == "negated" and own_date is None and standing_negation(e))
        )
        named = _place_anaphor(e, linked) if e.place is None and _takes_incident_place(e) else None
        if named is not None:
            # "attacks in the district have risen", "clashes in the province last year": the
            # unit of that kind the article named last, also for a pattern or a past event
            e.place = named
            e.notes.append("place: the one a definite place noun refers back to")
        elif (
            _takes_incident_place(e)
            and not pattern
            and not _support_charged(e, linked)
            and e.place is None
            and last_place is not None
            # a conditional act is not part of the incident told (guide §1.4), nor is one
            # still to come ("predicted the group would attempt assaults on the railway"), nor
            # one recalled from the past unless its own sentence placed the incident
            and e.factuality not in ("hypothetical", "future")
            and (e.factuality != "historical" or last_place_span == e.sentence_span)
            # "announced compensation for the families", "would pay for the repairs": aid
            # announced or promised is a statement of intent, placed only where its own
            # sentence says (guide §1.4), not at the incident it answers
            and not (
                e.type == "AID"
                and (e.factuality == "future" or _ANNOUNCING.match(e.trigger.lower()))
            )
        ):
            e.place = last_place
            e.notes.append("place from document context")
        own_report_day = report_days.get(e.span[0])
        if (
            e.date is None
            and own_report_day is not None
            and not undated
            and e.factuality not in _BACKGROUND_FACTUALITY
            and e.type not in last_date_of
        ):
            # "On Thursday the ministry said its forces had arrested seven suspects": an act
            # of a kind the story has not dated yet is no retelling of the incident, and the
            # report's day is the only one the article gives it
            e.date, e.date_precision = own_report_day
            e.notes.append("date of the report of an act not told before")
        at_meeting = (
            meeting_day is not None
            and e.factuality != "negated"
            and not (e.actor is not None and e.actor.id in away_speakers)
            and meeting_party(e)
        )
        if (
            meeting_day is not None
            and e.type in _SPEECH_TYPES
            # a stance held over time ("India, which has not recognised the Taliban",
            # a pattern) is no statement made away from the meeting
            and e.factuality == "asserted"
            and not undated
            and e.actor is not None
            and e.actor.id
            and e.place is not None
            and meeting_place is not None
            and e.place.name != meeting_place.name
            # "In Kabul, the spokesman dismissed ...": the sentence itself sets the speaker
            # elsewhere (a place its content names, "talks on workers in Pakistan", does not)
            and _SET_ELSEWHERE.match(text[e.sentence_span[0] : e.sentence_span[1]]) is not None
        ):
            away_speakers.add(e.actor.id)
            at_meeting = False
        if (
            e.date is None
            and not undated
            and e.type in _SPEECH_TYPES
            and e.factuality == "asserted"
            and meeting_day is not None
            and not (e.actor is not None and e.actor.id in away_speakers)
            and told_in_past(e)
            and names_meeting(e)
        ):
            # "Wang Yi met Kosherbayev on the sidelines of the meeting", "India refused to
            # endorse a paragraph of the statement ... at the meeting": an act its sentence
            # places at the meeting the article reports is of the meeting's day (guide §7),
            # whatever day the story went on to
            e.date, e.date_precision = meeting_day, "day"
            e.notes.append("date of the meeting its sentence places it at")
        if (
            e.date is None
            and last_date is not None
            and linked.published is not None
            and not undated
            and own_report_day is None
            and follow_on_measure(e)
        ):
            e.date, e.date_precision = linked.published.isoformat(), "day"
            e.notes.append("date from publication: a measure told after the incident")
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
            # "visited the wounded at the hospital": a visit of sympathy follows the incident,
            # on the news day when its sentence gives no day (guide §1.5, §10)
            and not (e.type == "CONSULT" and _THE_HURT.search(_after_trigger(text, e)))
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
            if denied_before(e) or (e.factuality == "negated" and e.type not in _SPEECH_TYPES):
                e.date, e.date_precision = last_date_of.get(e.type) or (None, None)
            if e.date is not None:
                e.notes.append("date from document context")
        if (
            e.date is None
            and not undated
            and e.factuality == "asserted"
            and dated_statement is not None
            and goes_on_speaking(e)
        ):
            e.date, e.date_precision = dated_statement[2], "day"
            e.notes.append("date of the statement its speaker goes on with")
        if (
            e.date is None
            and not undated
            and e.factuality == "asserted"
            and (spoken_day := spoken_on(e)) is not None
        ):
            e.date, e.date_precision = spoken_day, "day"
            e.notes.append("date of the statement its speaker goes on with")
        if (
            e.date is None
            and not undated
            and e.type in _SPEECH_TYPES
            and last_date is not None
            and last_date[1] == "day"
            and _ANCHORED_AFTER.search(text[e.sentence_span[0] : e.sentence_span[1]])
        ):
            # "Hours later, the group's spokesman denied ...", "Hours after the hangings, the
            # minister called on ...": the day of the act it is anchored on
            e.date, e.date_precision = last_date
            e.notes.append("date of the act a statement hours later is anchored on")
        if (
            e.date is None
            and not undated
            and (e.type in _SPEECH_TYPES or _ANNOUNCING.match(e.trigger.lower()))
            and last_date is not None
            and (
                told_in_past(e) or (last_date[0] == meeting_day and at_meeting and said_in_past(e))
            )
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
            # an act known only from one side's account, or told as not having happened,
            # has the day the article fixes for it and otherwise none (guide §1.5 "unknown →
            # null", §10 "Dates of denials"): the news day is when it was told, not done
            # (a state denied as holding now, "denied that women were being barred", is of
            # the news day)
            and not (
                e.type not in _SPEECH_TYPES
                and (e.factuality == "alleged" or (e.factuality == "negated" and not held_now(e)))
            )
        ):
            e.date, e.date_precision = linked.published.isoformat(), "day"
            e.notes.append("date from publication")
        if e.type in _SPEECH_TYPES and e.factuality == "asserted" and e.date is not None:
            if own_date is not None and e.date_precision == "day":
                dated_statement = (
                    e.sentence_span,
                    e.actor.id if e.actor is not None else None,
                    own_date,
                )
            elif dated_statement is not None and e.sentence_span != dated_statement[0]:
                # the speaker going on keeps the day for the sentences after; any other
                # statement dated otherwise ends it
                on = dated_statement[2] == e.date and e.date_precision == "day"
                dated_statement = (
                    (e.sentence_span, dated_statement[1], dated_statement[2]) if on else None
                )
        # where a statement was made, or where a planned act would be, is not where the
        # incident told happened
        if e.place is not None and e.type not in _VERBAL_TYPES and e.factuality not in _UNREAL:
            last_place = e.place
            last_place_span = e.sentence_span
        if (
            own_date is not None
            # neither a pattern nor an earlier incident recalled moves the story's time
            and e.factuality not in _BACKGROUND_FACTUALITY
            # nor does the release of a report's findings: the abuses it documents have the
            # days the report gives them, not the day it came out (guide §1.5, §10)
            and not _documents_findings(e, linked)
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
        if (
            report_day is not None
            and e.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
            and not _documents_findings(e, linked)
        ):
            # "the ISPR said on Tuesday troops had killed three": the story goes on from the
            # day of the report
            told_on = (report_day, e.sentence_span)
