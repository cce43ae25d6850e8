"""Places: where an event happened (`_place`: the attached place phrase, clause settings,
meeting places, the scored mentions of the sentence) and the dateline place
(`_dateline_place`), with the place anaphors later passes resolve ("there", "the area").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.extract.eventing.base import ExtractorBase, _Group
from watchfloor.extract.eventing.parties import _capital_country, _event_sentence
from watchfloor.extract.eventing.shared import (
    _CLAUSE_DEPS,
    _MEETING_NOUNS,
    _PLACE_NOUNS,
    _SPEECH_TYPES,
    _STAGING_VERBS,
    _TOPIC_PREPS,
    _dateline_end,
    _depth,
)
from watchfloor.extract.recipients import load_cues
from watchfloor.extract.triggers import lemma, subject_of
from watchfloor.kb.gazetteer import haversine_km, loose_key
from watchfloor.records import EventRecord, PlaceMention, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc

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


class PlacesMixin(ExtractorBase):
    """The place of one event group and the dateline's place."""

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
        undergone = _undergoing_place(anchor, mentions, sent)
        if undergone is not None:
            # "Zhob, a district bordering Zabul, has seen a rise in militant attacks", "Dera
            # Ismail Khan and neighbouring Tank have seen attacks": the place that sees the
            # acts is theirs (the first named), not one its description names
            return linked.place_ref(undergone)
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
        if (
            g.type == "ASSAULT"
            and anchor.pos_ in ("NOUN", "PROPN")
            and anchor.dep_ == "nsubj"
            and anchor.head.pos_ == "VERB"
            # a finite verb of the attacker's own ("had weakened", "could spread" and a
            # participle the parser misread as the noun's verb tell of other things)
            and anchor.head.tag_ in ("VBD", "VBZ", "VBP")
            # the attacker, not the act ("the attack took place near ..." is told by the
            # incident's own rows)
            and self.recipient_cues.event_nouns.get(lemma(anchor)) is None
            and self.recipient_cues.event_nouns.get(anchor.lower_) is None
        ):
            # "a suicide bomber drove a vehicle into the wall of an army camp in Dera Ismail
            # Khan": the attacker's own verb tells where the attack was
            member_tokens.add(anchor.head.i)
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
        if anchor.pos_ in ("VERB", "AUX"):
            # "killed dozens before the two sides agreed to a ceasefire in Doha", "killed on
            # both sides before the Doha truce": what came before or after is another act,
            # with its own place
            group_region -= {
                t.i
                for c in anchor.children
                if c.i not in member_tokens
                and (
                    (
                        c.dep_ == "advcl"
                        and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                        and any(k.dep_ == "mark" and k.lower_ in _SEQUEL_MARKS for k in c.children)
                    )
                    or (c.dep_ == "prep" and c.lower_ in _SEQUEL_MARKS)
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
            if _meeting_topic(root):
                # "the Moscow format consultations on Afghanistan", "talks about Kashmir": what
                # the meeting is about, not where it was held
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
                hub = cur.head.head
                if hub.dep_ == "npadvmod" and hub.head.i in member_tokens and hub.pos_ == "NOUN":
                    # "Some 200 km to the west, in the border city of Termez, a delegation
                    # signed": the parser hangs the fronted setting on the distance phrase
                    hub = hub.head
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in ("in", "at")
                    and hub.dep_ == "pobj"
                    and hub.head.lower_ in ("between", "with")
                    and (
                        hub.head.head.i in member_tokens
                        or (
                            hub.head.head.dep_ in ("dobj", "obj")
                            and hub.head.head.head.i in member_tokens
                        )
                    )
                ):
                    # "brokered a ceasefire between the two neighbours in Doha": the parser
                    # hangs the venue on the parties the act is between
                    hub = hub.head.head if hub.head.head.i in member_tokens else hub.head.head.head
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in _PLACE_PREPS
                    and hub.i in member_tokens
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
                # "fighters from Ostra", "firing from the Afghan side of the Panj River":
                # where they came from, not where the act is
                and not _origin(root)
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
        if not scored:
            antecedent = _where_antecedent(anchor, [(m, tokens_of(m)) for m in mentions])
            if antecedent is not None:
                # "an attack in Musakhel district, where fighters stopped buses and killed 23
                # passengers", "in Beijing, where the two sides agreed": the relative clause
                # says its acts happened at the place it describes (guide §1.4)
                return linked.place_ref(antecedent)
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
            located = _doer_located(anchor, named, linked)
            if located is None and report_tok is not None and report_tok.i != anchor.i:
                # "a Turkmen diplomat in Tashkent said Ashgabat expected to be consulted",
                # "speaking in Moscow, he said Russia was ready to help": a stance or demand
                # put in someone's words is taken where those words were said
                reported = _own_doer(anchor, report_tok, linked)
                located = _doer_located(
                    report_tok, named, linked, reported=reported
                ) or _fronted_setting(report_tok, named, linked)
                if located is None and reported is None:
                    located = _statement_place(report_tok, named, linked)
            if located is not None:
                # "a senior security official in Peshawar rejected the account", "Interior
                # Minister X, speaking to reporters in Islamabad, accused Kabul": the sentence
                # says where the one speaking was when speaking (guide §1.4)
                return linked.place_ref(located)
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


_LOOSE_PLACE = False

# Words that put another act before or after the event ("before the truce", "until talks").
_SEQUEL_MARKS = frozenset({"before", "until", "since"})


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
        for _ in range(5):
            if lemma(cur) in _MEETING_NOUNS or cur.lower_ in _MEETING_NOUNS:
                meeting = cur
            if (
                meeting is None
                and cur.dep_ == "acl"
                and cur.tag_ == "VBN"
                and (lemma(cur.head) in _MEETING_NOUNS or cur.head.lower_ in _MEETING_NOUNS)
            ):
                # "talks mediated by Qatar and Turkey in Doha": the place hangs on the
                # participle that describes the talks, and is still theirs
                cur = cur.head
                continue
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
        at_meeting = (
            top.dep_ == "pobj"
            and top.head.lower_ == "at"
            and top.head.head.dep_ == "xcomp"
            and top.head.head.head.i == anchor.i
        )
        if (
            top.is_ancestor(anchor)
            or after_talks
            # "agreed to extend the corridor at a meeting in Islamabad": the parser hangs the
            # meeting where the agreement was reached on the agreed act
            or at_meeting
            or (top.dep_ in ("nsubj", "nsubjpass", "dobj") and top.head.is_ancestor(anchor))
        ):
            return linked.place_ref(m)
    return None


def _undergoing_place(
    anchor: Token, mentions: list[PlaceMention], sent: Span
) -> PlaceMention | None:
    """The place subject of a verb of undergoing whose object names the event ("X has seen a
    rise in attacks", "X witnessed clashes"), else None."""
    cur = anchor
    for _ in range(4):
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    if cur.pos_ not in ("VERB", "AUX") or lemma(cur) not in _UNDERGOING_VERBS:
        return None
    subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    own = {t.i for t in cur.subtree} - {t.i for t in subj.subtree}
    spans = [sent.doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    if any(span is not None and span.root.i in own for span in spans):
        # "has seen attacks on police in Bannu": the acts' own place comes first
        return None
    for m in mentions:
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and subj.i in {t.i for t in span}:
            return m
    return None


# Verbs whose place subject undergoes the acts named in their object ("has seen attacks").
_UNDERGOING_VERBS = frozenset({"see", "witness", "experience", "suffer"})


def _origin(place: Token) -> bool:
    """Whether a place is where someone or something came from ("from Ostra", "from the
    Afghan side of the Panj River"), through the "of" phrases that name a part of it."""
    cur = place
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.i == cur.head.i:
            break
        cur = cur.head.head
    return cur.dep_ == "pobj" and cur.head.lower_ == "from"


def _meeting_topic(place: Token) -> bool:
    """Whether a place names the subject of a meeting noun ("consultations on Afghanistan",
    "a conference about Kashmir"), not its venue."""
    if place.dep_ == "conj":
        # "talks on Afghanistan and Pakistan": every place of the list
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in _TOPIC_PREPS:
        return False
    noun = place.head.head
    return noun.pos_ == "NOUN" and (lemma(noun) in _TOPIC_NOUNS or noun.lower_ in _TOPIC_NOUNS)


# A meeting's subject: "consultations on Afghanistan" ("on" is otherwise a preposition of
# place: "an attack on a checkpoint in X" keeps its place through the target).
_TOPIC_NOUNS = frozenset(
    _MEETING_NOUNS
    | {
        "consultation",
        "consultations",
        "discussion",
        "dialogue",
        "forum",
        "seminar",
        "debate",
        "session",
    }
)


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


_KIND_PENALTY = {"country": 0.3, "admin1": 0.15, "admin2": 0.05}


# Verbs of coming into a place: "militants who crossed into X" brings them to the scene.
_ENTRY_VERBS = {"cross", "infiltrate", "enter", "sneak", "penetrate", "intrude"}


# How far a district the gazetteer gives no province for may lie from a province's centre to
# be taken as inside it.
_WITHIN_PROVINCE_KM = 150.0


# The score of a place hung on the event by a preposition of place ("in", "near"), not merely
# standing in its words.
_ATTACHED_PLACE_SCORE = 2.4


_TITLE_NOUNS = {"minister", "governor", "president", "premier", "spokesman", "spokesperson"}


# Speakers named by where they live, and what they call their homes (recipients.yaml):
# what they tell of happening to them happened there.
_RESIDENT_NOUNS = load_cues().resident_nouns
_HOME_NOUNS = load_cues().home_nouns


def _speakers_own_place(
    anchor: Token, report_tok: Token, named: list[tuple[PlaceMention, list[Token]]]
) -> PlaceMention | None:
    """The place the speakers are said to be in ("police in Sar-e Pul said ..."), when the act
    is told as their own ("they had arrested"), or when the speakers are the people of that
    place ("Residents of Kardgap said troops had searched homes"): an act they witness at home."""
    if anchor.i == report_tok.i:
        return None
    speaker = next((c for c in report_tok.children if c.dep_ == "nsubj"), None)
    if speaker is None and report_tok.dep_ == "advcl":
        # "Residents of X gave a different account, saying ...": the clause's own subject
        speaker = subject_of(report_tok.head)
    if speaker is None:
        return None
    resident = lemma(speaker) in _RESIDENT_NOUNS and _done_to_residents(anchor)
    doer = subject_of(anchor)
    if not resident and (doer is None or doer.lower_ not in ("they", "we")):
        return None
    preps = ("in", "at", "of") if resident else ("in", "at")
    for m, toks in named:
        root = min(toks, key=lambda t: _depth(t)) if toks else None
        if (
            root is not None
            and root.dep_ == "pobj"
            and root.head.lower_ in preps
            and root.head.head.i == speaker.i
        ):
            return m
    return None


def _where_antecedent(
    anchor: Token, named: list[tuple[PlaceMention, list[Token]]]
) -> PlaceMention | None:
    """The place a "where" clause holding the event hangs on ("in Musakhel district, where
    BLA fighters ... killed 23 passengers"), else None."""
    clause = anchor
    for _ in range(4):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in ("conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
    if clause.dep_ != "relcl" or not any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children
    ):
        return None
    antecedent = clause.head
    # "Musakhel district": the name the place noun is built on
    heads = {antecedent.i} | {c.i for c in antecedent.children if c.dep_ == "compound"}
    return next((m for m, toks in named if any(t.i in heads for t in toks)), None)


def _done_to_residents(anchor: Token) -> bool:
    """Whether an act the residents tell is done to them or their homes ("troops had searched
    homes", "they had been beaten"), not to others they speak of ("their relatives had been
    detained by Iranian police", likely elsewhere)."""
    patients = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    patients += [
        p
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "into", "inside", "to")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        p.lower_ in _SPEAKER_PRONOUNS or lemma(p) in _HOME_NOUNS or lemma(p) in _RESIDENT_NOUNS
        for p in patients
    )


# What residents call themselves (their homes are `home_nouns` in recipients.yaml).
_SPEAKER_PRONOUNS = frozenset({"they", "them", "we", "us", "themselves", "ourselves"})


def _own_doer(anchor: Token, report_tok: Token, linked: LinkedDoc) -> Token | None:
    """The subject of a reported act when it is a known party of another state than the one
    reporting ("a spokesman in Astana said Kabul had given guarantees"), or None: a speaker's
    own state ("a Turkmen diplomat said Ashgabat expected ...") speaks through him, and an
    unnamed subject ("said the kidnappers were ...") is what his own charge is about."""
    own = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    speaker = subject_of(report_tok)
    if own is None or speaker is None or own.i == speaker.i or own.pos_ == "PRON":
        return None
    own_country, speaker_country = _actor_country(own, linked), _actor_country(speaker, linked)
    if own_country is None or speaker_country is None or own_country == speaker_country:
        return None
    return own


def _actor_country(tok: Token, linked: LinkedDoc) -> str | None:
    """The state of the curated actor `tok` names, or None (unlinked or provisional)."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for a in linked.actor_mentions:
        if a.start <= start and end <= a.end and a.actor_id:
            actor = linked.actors.get(a.actor_id)
            if actor is None or actor.provisional:
                return None
            return actor.country or (actor.id if actor.kind == "country" else None)
    return None


def _doer_located(
    anchor: Token,
    named: list[tuple[PlaceMention, list[Token]]],
    linked: LinkedDoc,
    reported: Token | None = None,
) -> PlaceMention | None:
    """The place a statement's own subject is said to be in ("activists in Almaty
    criticised ...", "the minister, speaking to reporters in Islamabad, accused ..."), or None."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    doer = subject_of(anchor)
    if doer is None and anchor.dep_ == "acl" and anchor.tag_ == "VBD" and anchor.head.i < anchor.i:
        # "UNAMA, the UN mission in Kabul, called on ...": a finite verb the parser hung on
        # the subject it follows, as if it were a participle
        doer = anchor.head
    if doer is None:
        return None
    for m, toks in named:
        root = min(toks, key=lambda t: _depth(t)) if toks else None
        # "leaders in Dasht-e-Barchi": the parser may break a hyphenated name up and hang its
        # last part elsewhere; the part governed by "in" or "at" places it
        root = next(
            (t for t in toks if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")),
            root,
        )
        if root is not None and root.dep_ == "poss" and root.head.dep_ == "pobj":
            # "traders in Peshawar's old city": the place owns the part of it named
            root = root.head
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        place = linked.places.get(m.place_id) if m.place_id else None
        if getattr(place, "kind", None) == "country" or any(
            a.start < m.start and m.end <= a.end for a in linked.actor_mentions
        ):
            # "the UN mission in Afghanistan": the country names whose body it is
            continue
        host = root.head.head
        if host.dep_ == "appos" and host.head.i == doer.i:
            # "UNAMA, the UN mission in Kabul, called": the apposition describes the speaker
            host = doer
        if host.i == doer.i or (
            # "Kosherbayev told reporters in Tashkent that ...": the place of the verb of
            # saying itself is where the words were said (guide §1.4)
            host.i == anchor.i and lemma(anchor) in _SAYING_VERBS and root.i > doer.i
        ):
            if reported is not None:
                # the located speaker reports another party's act: the place is where the
                # speaker is, not where that act was (guide §15.1)
                continue
            if _own_capital(doer, m.text, linked):
                # "the government in Kabul": where a state's body sits, not where it spoke
                continue
            return m
        # "speaking to reporters in Islamabad": the participle of speaking that goes with
        # the subject or with the statement's verb, or its audience
        if host.dep_ == "pobj" and host.head.dep_ == "prep":
            host = host.head.head
        if (
            host.tag_ == "VBG"
            and lemma(host) in _SPEAKING_VERBS
            and (
                (host.dep_ == "acl" and host.head.i == doer.i)
                or (host.dep_ == "advcl" and host.head.i == anchor.i)
            )
        ):
            return m
    return None


def _fronted_setting(
    verb: Token, named: list[tuple[PlaceMention, list[Token]]], linked: LinkedDoc
) -> PlaceMention | None:
    """The place a sentence opens with ("In Dushanbe, the foreign ministry condemned the attack
    and said ..."), hung on the verb of saying or on the verb it is coordinated with: where the
    speaker was. A country there ("In Pakistan, ...") sets a scene, not a speaker's place."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for v in verbs:
        subj = subject_of(v)
        if subj is None:
            continue
        for m, toks in named:
            root = min(toks, key=lambda t: _depth(t)) if toks else None
            if (
                root is None
                or root.dep_ != "pobj"
                or root.head.lower_ not in ("in", "at")
                or root.head.head.i != v.i
                or root.i > subj.i
            ):
                continue
            place = linked.places.get(m.place_id) if m.place_id else None
            if getattr(place, "kind", None) != "country":
                return m
    return None


def _statement_place(
    verb: Token, named: list[tuple[PlaceMention, list[Token]]], linked: LinkedDoc
) -> PlaceMention | None:
    """Where the statement a verb of saying cites was issued ("said in a statement issued in
    New York", "said at a news conference in Kabul"): where the words were said (guide §1.4).
    A country there names whose statement it is, not a place."""
    for m, toks in named:
        root = min(toks, key=lambda t: _depth(t)) if toks else None
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        host = root.head.head
        if host.dep_ == "acl" and host.tag_ == "VBN":
            host = host.head
        if (
            lemma(host) in _STATEMENT_NOUNS
            and host.dep_ == "pobj"
            and host.head.lower_ in ("in", "at")
            and host.head.head.i == verb.i
            and getattr(linked.places.get(m.place_id or ""), "kind", None) != "country"
        ):
            return m
    return None


# Where words are issued: what "said in/at a ... in X" cites.
_STATEMENT_NOUNS = frozenset(
    {"statement", "briefing", "conference", "interview", "speech", "address", "post", "message"}
)


def _own_capital(doer: Token, name: str, linked: LinkedDoc) -> bool:
    """Whether `name` is the capital of the doer's own state ("the ministry in Kabul"; a
    foreign embassy in Islamabad speaks where it is)."""
    country = _capital_country(name)
    if country is None:
        return False
    # "the European Union's delegation in Kabul": the body a bare noun belongs to is named
    # by its possessor or its modifiers before it
    start, end = doer.left_edge.idx, doer.idx + len(doer.text)
    for a in linked.actor_mentions:
        covers = a.start <= doer.idx and end <= a.end
        if (covers or (start <= a.start and a.end <= end)) and a.actor_id:
            actor = linked.actors.get(a.actor_id)
            if actor is not None and actor.country is None and actor.sector == "IGO":
                # "UNAMA, the UN mission in Kabul": an international body is no state's own
                return False
            return actor is None or actor.country in (None, country)
    return True


# verbs of addressing an audience whose place is where the statement was made
_SPEAKING_VERBS = frozenset({"speak", "talk", "brief", "address"})

# verbs of saying whose own place phrase ("told reporters in Tashkent") says where
_SAYING_VERBS = _SPEAKING_VERBS | {"tell", "say", "announce", "declare"}


# Definite nouns for a unit of place that refer back to one named before ("in the district"),
# and the gazetteer kinds they stand for.
_PLACE_ANAPHORS = {
    "district": ("admin2",),
    "province": ("admin1",),
    "city": ("city",),
    "town": ("city",),
    "village": ("city", "site"),
    "area": ("admin2", "city", "site"),
    # ("the region" is not here: "fighters in the region", "threatened Chinese interests in
    # the region" name the wider region around the country, not a province told before)
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
    text = linked.text
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
            # "firing from the Afghan side of the Panj River ... in Khatlon": where the
            # attackers were is not a finer place of the act
            or (span is not None and _origin(span.root))
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
