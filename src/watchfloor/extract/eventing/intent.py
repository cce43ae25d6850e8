"""Intent and report tests `_groups` uses when it lets an embedding verb absorb its
complement or recodes a statement of intent: forecasts, warnings and risks, announced
decisions and measures, acts announced by a speaker, complement regions. Plain functions.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.shared import (
    _CASUALTY_VERBS,
    _FUTURE_MODALS,
    _GENERAL_APPEAL_WORDS,
    _PURSUIT_VERBS,
    _conjuncts,
    _prep_objects,
    _subtree_words,
)
from watchfloor.extract.triggers import Candidate, Lexicon, has_to_marker, lemma, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


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


_TERMS_NOUNS = {"accord", "agreement", "deal", "treaty", "pact", "plan", "arrangement", "roadmap"}


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


def _announced_measure(verb: Token) -> bool:
    """ "would be detained and deported", "no one would be held without evidence": a measure on
    people told in the passive without an agent announces a policy (the act, future), not a
    threat; a pursuit ("would be hunted down") stays a threat."""
    return (
        lemma(verb) not in _PURSUIT_VERBS
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _participle_reports(verb: Token, region: set[int], lex: Lexicon) -> set[int]:
    """Tokens of the clauses that a participle of saying ("…, saying …", "…, adding that …")
    inside `verb`'s complement reports."""
    told: set[int] = set()
    for i in region:
        t = verb.doc[i]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and lemma(t) in lex.reporting_verbs:
            told |= {x.i for c in t.children if c.dep_ in ("ccomp", "parataxis") for x in c.subtree}
    return told


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
            and not (cur.i == act.i and _perfect_participle_misread(cur))
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


def _perfect_participle_misread(tok: Token) -> bool:
    """ "denied that the Emirate had ever sheltered Pakistani militants": the parser may take a
    participle after a perfect "had" for an adjective of its object, leaving "had" as the clause's
    verb; the participle is still the act the clause tells (its object leads on to the clause)."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.head.i <= tok.i:
        return False
    prev = tok.i - 1
    doc = tok.doc
    while prev >= 0 and doc[prev].tag_ in ("RB", "RBR") and tok.i - prev <= 2:
        prev -= 1
    return prev >= 0 and doc[prev].lemma_.lower() == "have"


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
    PLOVER gold codes "Finland will give …, a statement said").

    An announced payment of compensation or relief is likewise the act, planned, with no
    pledge beside it ("said the provincial government would pay compensation", guide §15 rule
    4: only a promise also gives AGREE)."""
    return lemma(clause) in _PAYMENT_VERBS or any(
        lemma(o) in _TERMS_NOUNS for o in _prep_objects(clause, ("under", "per"))
    )


# Verbs of paying out compensation or relief.
_PAYMENT_VERBS = frozenset({"pay", "compensate"})


# Types of an act that a spokesman's "said X would <act>" announces as a plan (guide §18 rule 20).
_PLAN_TYPES = frozenset({"AID", "COOPERATE"})
# Addressees of "told … that X would …" that are an audience, not a counterpart the speaker
# commits to.
_AUDIENCE_NOUNS = frozenset(
    {
        "reporter",
        "journalist",
        "press",
        "medium",
        "media",
        "conference",
        "briefing",
        "parliament",
        "senate",
        "assembly",
        "audience",
        "crowd",
        "gathering",
        "channel",
        "television",
        "broadcaster",
        "agency",
        "newspaper",
    }
)


def _announced_plan(c: Candidate, clause: Token, told_to: bool, lex: Lexicon) -> bool:
    """ "Said China would provide training", "added that Russia would deliver air-defence
    systems": a speaker's account of an aid or cooperation plan is the act, `future`, with no
    AGREE beside it (guide §18 rule 20, §15 rule 4). A promise still is one: the pledge verbs are
    no reporting verbs, and neither is a commitment told to the counterpart ("told the envoy
    that the Emirate would provide security") or a bargain ("in return, X said …")."""
    if c.type not in _PLAN_TYPES:
        return False
    speech = clause.head.head if told_to else clause.head
    if clause.dep_ != "ccomp" and not told_to:
        return False
    if lemma(speech) not in lex.reporting_verbs:
        return False
    words = [t.lower_ for t in clause.sent]
    if any(a == "in" and b == "return" for a, b in zip(words, words[1:], strict=False)):
        return False
    addressees = [
        t for t in speech.children if t.dep_ in ("dobj", "dative") and t.pos_ in ("NOUN", "PROPN")
    ]
    return all(lemma(t) in _AUDIENCE_NOUNS for t in addressees)


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


# Nouns by which a denial or charge names a statement made before it ("…, a charge Kabul
# denies"): what the parser hangs before them is that statement, not the verb's complement.
_STATEMENT_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "assertion", "finding", "account"}
)


def _told_before(tok: Token, c: Token) -> bool:
    """Whether `c`, a clause the parser hangs before the absorbing verb `tok`, is a statement of
    its own: closed by a semicolon ("accused migrants of spying; the Taliban rejected the
    charge") or answered by a noun that names it ("officials said militants plan attacks, a
    charge Kabul denies"). Its acts are told there (guide §13: the sentence keeps the act's own
    row beside the REJECT), while a fronted quote ('"We did not attack," it denied') stays the
    verb's content."""
    if c.i > tok.i or c.dep_ not in ("ccomp", "advcl", "parataxis"):
        return False
    between = tok.doc[c.right_edge.i + 1 : tok.i]
    if any(t.text == ";" for t in between):
        return True
    return any(
        t.dep_ == "dobj" and t.head.i == tok.i and t.lemma_.lower() in _STATEMENT_NOUNS
        for t in between
    )


def _after_that_clause(part: Token, verb: Token) -> bool:
    """ "demanded that the government restore security, threatening to block the road": a
    participle set off by a comma after a that-clause is the speaker's own next act, though the
    parser hangs it on the clause's verb (guide §1.1, several acts in one sentence)."""
    clause = part.head
    return (
        clause.dep_ == "ccomp"
        and clause.head.i == verb.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        # a demand's clause ("that the government restore", "that it should stop"); after a
        # told fact ("warned that forces were detaining women, accusing them of crimes") the
        # participle is the clause's own subject's act
        and (
            clause.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        )
        and part.i > 0
        and part.doc[part.i - 1].text == ","
    )


# Nouns of the steps a party is asked or pledges to take ("take measures to protect").
_STEP_NOUNS = frozenset({"measure", "step", "action", "effort"})


def _infinitival(t: Token) -> bool:
    """ "take measures to protect Chinese citizens": a to-infinitive the parser hangs on a
    noun of steps as a relative clause names the purpose of what is asked or pledged, not a
    fact of its own (s21 r2); "mechanisms to consolidate peace and to meet again" keeps its
    own acts."""
    return (
        lemma(t.head) in _STEP_NOUNS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    )


def _complement_region(tok: Token) -> set[int]:
    region: set[int] = set()
    for c in tok.children:
        if _told_before(tok, c):
            continue
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
        if t.dep_ in ("relcl",) and not _infinitival(t):
            region -= {x.i for x in t.subtree}
    return region


# What a reply answers when the sentence introduces it ("strikes in retaliation for a militant
# attack in Bannu, which killed 12") is another happening than the reply; one already told
# ("in revenge for the Spinwam massacre") is no new mention
_REPLY_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction"})


def _connected(a: Token, b: Token, lex: Lexicon) -> bool:
    """Same happening: one trigger governs the other without crossing a reporting verb."""
    for x, y in ((a, b), (b, a)):
        if x.is_ancestor(y):
            cur = y
            while cur.i != x.i:
                if lemma(cur) in lex.reporting_verbs and cur.i != y.i:
                    return False
                if (
                    cur.dep_ == "pobj"
                    and cur.head.lower_ in ("for", "to")
                    and lemma(cur.head.head) in _REPLY_NOUNS
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cur.children)
                ):
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


def _general_appeal(demanded: Token) -> bool:
    return any(
        lemma(t) in _GENERAL_APPEAL_WORDS
        for verb in _conjuncts(demanded)
        for t in verb.subtree
        if t.dep_ in ("dobj", "pobj")
    )


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
