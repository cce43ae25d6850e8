"""Candidate filters: the tests `extract` applies to the lexicon's trigger candidates
before grouping (casualty nominals, attributive participles, failed acts, habitual relatives,
jailbreaks as assaults, casualty follow-ups) and the checks for a repeated mention or a
back-reference to an event told earlier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.extract.eventing.base import ExtractorBase
from watchfloor.extract.eventing.shared import (
    _AUTHORSHIP_VERBS,
    _CASUALTY_VERBS,
    _DEFINITE_DETS,
    _QUANTITY_NOUNS,
    _prep_objects,
    _prospective_condition,
)
from watchfloor.extract.triggers import (
    Candidate,
    Lexicon,
    has_to_marker,
    is_misparsed_verb,
    lemma,
    subject_of,
)
from watchfloor.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class CandidatesMixin(ExtractorBase):
    """Repeat mentions and back-references (methods `_groups` and `extract` call)."""

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
        for ch in _own_phrase(tok):
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
        if c.type == "ASSAULT" and tok.dep_ == "nsubj" and _impact_told(tok.head):
            # s21 r2: "the blast tore through the mosque", "the shooting went on until 2 a.m.":
            # what the attack hit or how long it lasted is told of it (its own row in the gold)
            return False
        if (
            c.type == "ASSAULT"
            and tok.dep_ == "nsubj"
            and lemma(tok.head) in _ENDING_VERBS
            # "The attack ended a two-month lull": transitive "end" says what the attack did
            and not any(ch.dep_ == "dobj" for ch in tok.head.children)
        ):
            # "The firing stopped before dawn on Wednesday": the end of the fighting told
            # before, dated as it may be, is no new attack (its start, "the fighting broke out
            # on Thursday", is how the gold places the event and is kept below)
            return True
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
            c.type == "CONSULT"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and lemma(tok.head.head) in self.lexicon.word_classes.get("meeting_round", ())
            and tok.head.head.dep_ in ("nsubj", "nsubjpass")
        ):
            # "a third round of talks ended without a deal": the meeting the sentence is about
            # (a round postponed or recalled is an object of another act)
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
        if tok.dep_ == "pobj" and _names_both_sides(tok):
            # "closed after clashes between Pakistani and Afghan forces": a mention naming who
            # fought whom tells the act, as one naming its author does
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


# Bodies set up for a task ("a joint mechanism to examine complaints", "a committee to review
# the cases"): the task is the body's purpose, part of the agreement that creates it.
_BODY_NOUNS = frozenset(
    {"mechanism", "commission", "committee", "panel", "body", "cell", "taskforce", "group", "team"}
)


# Verbs by which a monitoring body tells its findings (lexicon 2.46 entries).
_FINDING_VERBS = frozenset({"report", "say", "find", "conclude"})


def _known_reporter_speaks(c: Candidate) -> bool:
    """ "the monitors say they rely on member states", "the team, which reports to the council,
    said …", "…, reporting that …": a monitoring body already named, or a participle beside
    its act, tells more of a report, not its publication (s21 r2; guide §10 publishing a
    report: the report's own documenting verb)."""
    tok = c.token
    if c.mode != "investigate" or tok.pos_ != "VERB" or lemma(tok) not in _FINDING_VERBS:
        return False
    if tok.tag_ == "VBG":
        return True
    subj = subject_of(tok)
    if subj is None or not any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
        for d in subj.children
    ):
        return False
    # "The UN monitors said in a report …" is how a story first names them: only a body its
    # earlier sentences already named tells more of the same report
    before = tok.doc[: tok.sent.start].text.lower()
    return lemma(subj) in before or subj.lower_ in before


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
    if _kin_of_the_dead(tok):
        return True
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or tok.head.dep_ != "pobj":
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return lemma(tok) in lex.victim_verbs or passive and lemma(tok) in _CASUALTY_VERBS


# Next of kin a payment or visit is for ("the families of the civilians killed").
_KIN_NOUNS = frozenset({"family", "relative", "heir", "kin", "widow", "orphan", "dependant"})


def _kin_of_the_dead(tok: Token) -> bool:
    """ "compensation for the families of the civilians killed": a bare participle after the
    dead that are someone's kin names them (the parser may hang it on any noun before)."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or lemma(tok) not in _CASUALTY_VERBS:
        return False
    if any(c.dep_ in ("agent", "prep", "npadvmod") for c in tok.children) or tok.i == 0:
        return False  # "killed in the strike", "killed by the army": the act told again
    prev = tok.doc[tok.i - 1]
    return prev.dep_ == "pobj" and prev.head.lower_ == "of" and lemma(prev.head.head) in _KIN_NOUNS


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


# Modifiers that make a definite event noun a different event from the one told before.
_ANOTHER_WORDS = frozenset(
    {"next", "new", "fresh", "further", "renewed", "future", "second", "third", "another", "other"}
)


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


def _names_both_sides(tok: Token) -> bool:
    """Whether a noun's own "between" phrase names two parties ("clashes between Pakistani and
    Afghan forces", "fighting between the army and militants"); "between the two countries"
    names none and still recalls an act told before."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if any(c.dep_ == "conj" for c in obj.children):
                return True  # "between the army and militants"
            if any(c.dep_ == "conj" and c.head.dep_ == "amod" for c in obj.subtree):
                return True  # "between Pakistani and Afghan forces"
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
        span = prep.head
        if span.dep_ == "dobj" and lemma(span.head) == "follow" and _counted_span(span):
            return True  # s22: "the surrender followed months of talks"
        if span.dep_ != "pobj":
            return False
        prep = span.head
        if prep.lower_ in _SINCE_PREPS and _counted_span(span):
            # s22: "signed after two days of talks": how long the talks took tells them here,
            # with or without their place ("after the talks" alone recalls them)
            return True
    if prep.lower_ not in _FRESH_PREPS and not (talks and prep.lower_ in _VENUE_PREPS):
        return False
    whens = {t.ent_type_ for t in _own_phrase(tok) if t.i != tok.i and t.ent_type_ in _WHEN_WHERE}
    if prep.lower_ in _VENUE_PREPS:
        # "at talks in Riyadh" names where; "at last week's meeting" recalls one told before
        return bool(whens - {"DATE", "TIME"})
    return bool(whens) or (
        talks and any(lemma(p) in _SETTING_NOUNS for p in _prep_objects(tok, ("in",)))
    )


def _counted_span(span: Token) -> bool:
    """ "two days", "a day", "months": a span measured by a number, an indefinite article or a
    bare plural, never "the two days" (a definite span recalls one told before)."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in span.children):
        return False
    return span.tag_ == "NNS" or any(
        c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.children
    )


def _own_phrase(tok: Token) -> list[Token]:
    """The words that tell about the event noun itself: its subtree without a conjoined noun
    and what follows it ("the attack and compensation of 5 million rupees for each family"
    asks for two things; the parser may hang the second one's "of" phrase on the first, but
    a modifier after the conjunct is the conjunct's) and without a clause the parser hung on
    it that opens with a complementizer ("said after the attack that the militants had been
    sent from Afghanistan": a true relative clause has "that" as its subject or object, a
    `mark` "that" opens the reporting verb's complement)."""
    conj = min((ch.i for ch in tok.children if ch.dep_ == "conj" and ch.i > tok.i), default=None)
    skip: set[int] = set()
    for ch in tok.children:
        if (
            ch.dep_ in ("conj", "cc")
            or (conj is not None and ch.i > conj)
            or (ch.dep_ == "relcl" and any(m.dep_ == "mark" for m in ch.children))
        ):
            skip.update(t.i for t in ch.subtree)
    return [t for t in tok.subtree if t.i not in skip]


_ENDING_VERBS = frozenset({"stop", "end", "cease", "subside", "halt"})


# Verbs that tell what an attack tore through or how long it went on ("the blast ripped
# through a bus", "the firing went on until dawn").
_IMPACT_VERBS = frozenset({"tear", "rip", "gut", "shatter", "flatten"})


def _impact_told(verb: Token) -> bool:
    if lemma(verb) in _IMPACT_VERBS:
        return any(ch.dep_ in ("dobj", "prep") for ch in verb.children)
    return lemma(verb) in ("go", "continue", "last", "rage") and any(
        ch.dep_ == "prep" and ch.lower_ in ("until", "till", "for", "through")
        for ch in verb.children
    )


# "two days of talks", "three rounds of negotiations": the span a meeting took.
_SPAN_NOUNS = frozenset({"day", "week", "hour", "month", "round", "night", "session", "year"})


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

_DEATH_VERBS_BASE = frozenset({"die", "succumb"})


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
        if _victims_described(tok):
            continue
        if _about_the_count(sent, tok):
            return None
        return Candidate(
            token=tok, type="ASSAULT", mode=None, conf=0.55, entry_index=_FOLLOWUP_ENTRY
        )
    for tok in sent:
        if _victim_died(tok):
            return Candidate(
                token=tok, type="ASSAULT", mode=None, conf=0.55, entry_index=_FOLLOWUP_ENTRY
            )
    return None


# "the dead were local men", "the victims included a cleric": who an attack's victims were
_VICTIM_NOUNS = frozenset({"dead", "victim"})


def _victims_identified(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """Each "the dead / victims were X" clause of a sentence that has triggers of its own
    ("Most of the dead were civilians, … adding that two of the victims were FC personnel",
    "said the dead were local men who had been detained"): a mention of the attack just
    reported, one per victim group (guide §17 rule 4). `cands`: the sentence's candidates so far.
    A sentence that tells the attack itself ("said the jets struck houses and that most of the
    victims were refugees") has its row already."""
    if any(c.type == "ASSAULT" and c.entry_index != _FOLLOWUP_ENTRY for c in cands):
        return []
    taken = {c.token.i for c in cands}
    out: list[Candidate] = []
    for tok in sent:
        if tok.i in taken or tok.pos_ not in ("NOUN", "ADJ") or lemma(tok) not in _VICTIM_NOUNS:
            continue
        phrase = tok
        while (
            phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.i != phrase.i
        ):
            phrase = phrase.head.head
        verb = phrase.head
        if (
            phrase.dep_ == "nsubj"
            and lemma(verb) in ("be", "include")
            and any(c.dep_ in ("attr", "dobj") for c in verb.children)
        ):
            out.append(
                Candidate(
                    token=tok, type="ASSAULT", mode=None, conf=0.55, entry_index=_FOLLOWUP_ENTRY
                )
            )
    return out


# Predicates that count the victims or say who they were ("most of the dead were civil
# servants", "the toll rose to 43", "the wounded included two children"), and the verbs that
# cause casualties.
_VICTIM_COUNT_VERBS = frozenset(
    {"be", "include", "number", "rise", "climb", "reach", "stand", "total", "increase", "jump"}
    | _DEATH_VERBS_BASE
    | _CASUALTY_VERBS
)


def _victims_described(victims: Token) -> bool:
    """ "Several of the victims had worked for years in Quetta", "funerals were held for seven
    of the victims", "rescue workers carrying bodies": the victims as people who act, are
    mourned or are handled tell their lives or the aftermath, not the attack (guide §1.1,
    descriptions are no events; §15 rule 6). Only a sentence that counts them or says who
    they were continues the incident."""
    phrase = victims
    # "most of the dead", "seven of the victims": the partitive head carries the clause role
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.i != phrase.i:
        phrase = phrase.head.head
    if phrase.dep_ == "pobj" and phrase.head.lower_ in ("for", "with"):
        return True
    if phrase.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = phrase.head
    if lemma(verb) in _VICTIM_COUNT_VERBS:
        return False
    # "15 bodies had been brought in", "put the death toll at five": a count still continues it
    return not any(t.like_num for t in verb.subtree)


def _describes_speaker(tok: Token, lex: Lexicon) -> bool:
    """ "said Ali Raza, whose brother was killed in the attack", "said a constable who survived
    Monday's attack": a relative clause on the one who speaks tells who the speaker is, an
    incident the article has reported, not a new act (guide §1.1, descriptions). Only the
    speaker named after the quote: a group's past acts before its statement ("The BLA, which
    has attacked government targets, said") are background the gold codes."""
    clause = next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    person = clause.head
    if person.dep_ == "appos":
        person = person.head
    return (
        person.dep_ == "nsubj"
        and person.i > person.head.i
        and lemma(person.head) in lex.reporting_verbs
        and person.head.pos_ in ("VERB", "AUX")
    )


# Verbs telling that a victim died of the wounds just reported or was buried.
_DEATH_VERBS = frozenset(_DEATH_VERBS_BASE | {"bury"})


def _victim_died(tok: Token) -> bool:
    """ "Dashti died on the way to the hospital", "a porter had also died", "17 people had been
    buried": right after an attack, a death or burial with its subject told continues that
    attack (guide §1.1, casualty-only sentences), whoever the lexicon's subject list knows.
    Not a hedged or denied one ("could die", "no one died")."""
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in _DEATH_VERBS:
        return False
    if tok.dep_ in ("relcl", "acl"):
        # "the cleric's son, who died last year", "a commander buried in Kunar": a death that
        # describes someone the sentence is about is no new death of the attack
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(
        s.lower_ in ("none", "nobody", "noone") or any(d.lower_ == "no" for d in s.children)
        for s in subjects
    ):
        return False
    if lemma(tok) == "bury" and not (
        any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.like_num for s in subjects for c in (s, *s.children))
    ):
        # "buried their dead" tells a funeral, "a device had been buried" a hidden bomb:
        # only counted people buried are the attack's dead
        return False
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNCERTAIN_MODALS) for c in tok.children
    )


# Nouns of a count itself ("the casualty figures", "the police figure", "the tally").
_COUNT_NOUNS = frozenset({"figure", "count", "tally", "estimate", "number", "statistic"})
_UNCERTAIN_MODALS = frozenset({"could", "may", "might", "would"})


def _about_the_count(sent: Span, victims: Token) -> bool:
    """ "None of the casualty figures could be verified", "the police figure counted only
    bodies identified at the scene", "the toll could rise": a sentence about how the victims
    are counted, with no count of its own, reports no attack."""
    if any(t.like_num or t.pos_ == "NUM" for t in sent):
        return False
    if victims.dep_ == "compound" and lemma(victims.head) in _COUNT_NOUNS:
        return True
    if any(lemma(t) in _COUNT_NOUNS and t.pos_ == "NOUN" for t in sent):
        return True
    verb = victims.head
    return any(c.dep_ == "aux" and c.lower_ in _UNCERTAIN_MODALS for c in verb.children)


# Verbs that say an event happened ("the protest began in…", "the attack took place on…").
_OCCURRENCE_VERBS = {"begin", "start", "erupt", "happen", "occur", "take", "break", "spread"}


# Physical acts a present-tense relative clause can describe as a habit; a stance in one ("a
# charge the Taliban deny", "which holds Kabul responsible") is the party's current act.
_DESCRIBED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "COOPERATE", "CONSULT"}


def _is_standing_ban(c: Candidate) -> bool:
    """ "a government that bars girls from secondary school": a ban told in a present relative
    clause is the policy in force (a `generic` COERCE/ban, guide §1.7 rule 4), not a trait."""
    return c.type == "COERCE" and c.mode == "ban" and lemma(c.token) in _BANNING_VERBS


# The ban as the verb itself; "ministries that enforce the bans" describes who they are.
_BANNING_VERBS = frozenset({"ban", "bar", "prohibit", "forbid"})


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
# §10): "militants stormed the jail, freeing 31 prisoners"; "raiders freed 250 inmates from the
# prison". A captor letting its own prisoners go ("militants released 12 prisoners after
# talks") stays a release.
_FREEING_VERBS = frozenset({"free", "release", "liberate", "spring"})


_RAIDERS = frozenset(
    {"militant", "fighter", "insurgent", "gunman", "gunmen", "attacker", "assailant", "raider"}
    | {"terrorist", "rebel", "jihadist", "guerrilla"}
)


_INMATES = frozenset({"prisoner", "inmate", "detainee", "convict"})


_JAILS = frozenset({"jail", "prison", "gaol", "lockup", "penitentiary"})


def _raiders_free(tok: Token) -> bool:
    """ "militants freed 250 inmates", "dozens of gunmen … freeing 31 prisoners": armed men
    freeing people held in custody (whether by force is decided by the caller)."""
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
    return _from_jail(tok) or any(
        c.dep_ in ("dobj", "obj") and lemma(c) in _INMATES for c in tok.children
    )


def _from_jail(tok: Token) -> bool:
    """ "freed 250 inmates from the central prison": taken out of a jail (the parser hangs the
    "from" on the verb or on its object)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    return any(
        p.dep_ == "prep" and p.lower_ == "from" and any(lemma(o) in _JAILS for o in p.children)
        for h in heads
        for p in h.children
    )


def _jailbreaks_as_assaults(cands: list[Candidate]) -> list[Candidate]:
    """Raiders freeing prisoners inside an assault that governs the freeing ("attacked the jail
    …, freeing 31 prisoners") is part of that assault: the release row goes. Raiders taking
    inmates out of a jail with no assault told beside it are the assault themselves (ASSAULT,
    mode unknown). Any other release, a captor's own included, stays."""
    assaults = [c.token for c in cands if c.type == "ASSAULT"]
    kept = []
    for c in cands:
        if c.type == "RETREAT" and _raiders_free(c.token):
            if any(a.is_ancestor(c.token) for a in assaults):
                continue
            if _from_jail(c.token):
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


def _receives_casualties(c: Candidate) -> bool:
    """ "The hospital said it had received 19 bodies and 34 wounded": a hospital taking in the
    victims counts them (guide §1.1, casualty-only sentences); it is no visit or meeting."""
    return (
        c.type == "CONSULT"
        and lemma(c.token) == "receive"
        and any(
            d.dep_ in ("dobj", "nsubjpass") and lemma(d) in _CASUALTY_NOUNS
            for d in c.token.children
        )
    )


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
# ... of which those that make a journey: "travelled to Kabul for talks" is a visit to the host
# as well as the talks, "were in Kabul for talks" only the talks.
_JOURNEY_VERBS = frozenset(_PURPOSE_MOTION_VERBS - {"be", "stay", "remain", "gather"})


def _for_talks_on_a_journey(talks: Token) -> bool:
    """Whether `talks` is the "for" purpose of a journey verb ("flew to Doha for talks")."""
    return (
        talks.pos_ == "NOUN"
        and talks.dep_ == "pobj"
        and talks.head.lower_ == "for"
        and lemma(talks.head.head) in _JOURNEY_VERBS
    )


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
    "head",  # "people heading to Parachinar": where the victims were going
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


_ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})


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


# "during a search operation": the operation is told by the acts beside it (guide §10).
_OPERATION_NOUNS = frozenset({"operation", "sweep", "crackdown", "offensive", "campaign"})


# Verbs that give a party a name or a label ("a group calling itself X", "called the visitors
# 'allies of the apostates'").
_NAMING_VERBS = frozenset({"call", "name", "style", "dub", "term", "label", "brand"})


# Collective actions a party calls ("a strike called by traders"): the action is the row.
_CALLED_ACTIONS = frozenset(
    {"strike", "protest", "shutdown", "rally", "demonstration", "sit-in", "boycott", "march"}
)


def _is_source_at_meeting(c: Candidate) -> bool:
    """ "A Kazakh diplomat attending the forum said …", "a Taliban official who attended the
    talks said …": an unnamed person described by the meeting he sat in is a source placed
    for the reader; the meeting ("the talks", told before) is no new act of his (the gold codes
    none). A named attendee ("Belousov, who attended the opening") is coded."""
    tok = c.token
    if c.type != "CONSULT" or tok.pos_ != "VERB" or lemma(tok) not in _ATTEND_VERBS:
        return False
    if tok.dep_ not in ("acl", "relcl"):
        return False
    person = tok.head
    if person.pos_ != "NOUN" or any(
        d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in person.children
    ):
        return False
    return any(
        o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in tok.children
    )


_ATTEND_VERBS = frozenset({"attend"})


def _is_naming_or_description(c: Candidate) -> bool:
    """Words that name or describe a party rather than tell an act: a self-chosen name
    ("calling itself Lashkar-e-Gomal"), a label put on a party (a label is no phone call or
    meeting), the caller of a strike (the strike is told as a protest), and someone's line of
    work ("khawarij working with local criminals", barred "from working with UN agencies")."""
    tok = c.token
    lem = lemma(tok)
    if lem in _NAMING_VERBS and any(
        ch.dep_ == "dobj" and ch.lower_.endswith(("self", "selves")) for ch in tok.children
    ):
        return True
    if c.type == "CONSULT" and lem == "call":
        if any(ch.dep_ == "oprd" for ch in tok.children):
            return True
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma(tok.head) in _CALLED_ACTIONS:
            return True
    if c.type == "COOPERATE" and lem == "work" and tok.tag_ == "VBG":
        if tok.dep_ == "acl":
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
            return True
    return False


# Who frees captives by force: a rescue is an operation against the captors (guide §10), not
# the captors' release.
_RESCUERS = frozenset(
    {"police", "policeman", "force", "troop", "soldier", "army", "commando", "military"}
    | {"personnel", "paratrooper", "ranger", "unit", "department"}
)


# Raids that the rescue is told as part of ("raided a compound and freed X", "in a raid").
_RAID_WORDS = frozenset({"raid", "storm", "operation", "rescue"})


# Punishment a vow promises ("will be found and punished", "hunted down"): a threat of force.
_PUNITIVE_VERBS = frozenset(
    {"punish", "hunt", "find", "track", "kill", "eliminate", "crush", "destroy", "avenge"}
    | {"arrest", "capture", "retaliate", "wipe", "spare", "root"}
)


def _rescue_or_vow_retyped(cands: list[Candidate]) -> list[Candidate]:
    """Security forces freeing captives in a raid: the raid's assault (the release row goes
    when the raid is told as its own assault beside it, else the freeing becomes that assault).
    A vow whose content is punishment or a renewed protest is a threat, not a pledge."""
    assaults = [c.token for c in cands if c.type == "ASSAULT"]
    kept = []
    for c in cands:
        tok = c.token
        if c.type == "RETREAT" and lemma(tok) in _FREEING_VERBS and _rescue(tok):
            if any(a.i != tok.i and (a.head.i == tok.i or tok.head.i == a.i) for a in assaults):
                continue
            c.type, c.mode = "ASSAULT", None
            c.notes.append("type: captives freed in a raid are the raid's assault (guide §10)")
        elif c.type == "AGREE" and lemma(tok) == "vow" and _punitive_content(tok):
            c.type, c.mode = "THREATEN", None
            c.notes.append("type: a vow of punishment or renewed protest is a threat")
        kept.append(c)
    return kept


def _rescue(tok: Token) -> bool:
    """ "Police freed one of three court employees … in a raid", "police … raided a compound
    and freed the process server": armed state forces taking captives out of a raid."""
    subj = subject_of(tok)  # (it climbs from a joined verb to the first one's subject)
    if subj is None or lemma(subj) not in _RESCUERS:
        return False
    if any(
        ch.dep_ in ("dobj", "obj") and lemma(ch) in _INMATES | {"protester", "suspect"}
        for ch in tok.children
    ):
        return False  # the state letting its own detainees go
    return any(t.lemma_.lower() in _RAID_WORDS for t in tok.sent)


def _punitive_content(vow: Token) -> bool:
    clauses = [ch for ch in vow.children if ch.dep_ in ("ccomp", "xcomp")]
    return any(
        _punitive_verb(t) or lemma(t) in _CALLED_ACTIONS for cl in clauses for t in cl.subtree
    )


def _punitive_verb(t: Token) -> bool:
    """A verb of punishment: "spare" only denied ("will not spare them"), "find" only of the
    hunted ("will be found and punished"), so that "vowed to spare no effort to help" and
    "vowed to find a solution" stay pledges."""
    word = t.lemma_.lower()
    if t.pos_ != "VERB" or word not in _PUNITIVE_VERBS:
        return False
    if word == "spare":
        return any(c.dep_ == "neg" for c in t.children)
    if word == "find":
        return any(c.dep_ == "auxpass" for c in t.children)
    return True


_AGREEMENT_NOUNS = frozenset(
    {"agreement", "memorandum", "deal", "accord", "contract", "treaty", "protocol", "mou"}
)
_DELIVERY_VERBS = frozenset({"supply", "provide", "deliver"})
_AID_WORDS = frozenset({"assistance", "aid", "help", "relief", "support"})


def _background_acts_dropped(cands: list[Candidate]) -> list[Candidate]:
    """Acts told only as the setting of another: a delivery an agreement provides for ("a
    memorandum under which Russia will supply wheat", "agreed to supply flour") is the
    agreement's content (guide §8), and a victim's plea in the clause that tells the violence
    against him ("beaten men who asked for water", "beat us when we asked for water") is no
    request to a party."""
    violent = {c.token.i for c in cands if c.type in ("ASSAULT", "COERCE")}
    attacks = {c.token.i for c in cands if c.type == "ASSAULT"}
    kept = []
    for c in cands:
        tok = c.token
        if c.type == "AID" and lemma(tok) in _DELIVERY_VERBS and _agreed_delivery(tok):
            continue
        if c.type == "REQUEST" and lemma(tok) == "ask" and _plea_of_victim(tok, violent):
            continue
        if c.type == "MOBILIZE" and _guards_attacked(tok, attacks):
            continue
        kept.append(c)
    return kept


def _guards_attacked(tok: Token, attacks: set[int]) -> bool:
    """ "shot dead two police officers guarding a polio team", "opened fire on the team and
    its police escort": guards named as the attack's victims are who was hit, not a force
    deployed (guide §1.3 codes the attack alone)."""
    if tok.pos_ == "VERB":
        if tok.dep_ != "acl" or tok.tag_ != "VBG":
            return False
        tok = tok.head  # the guards the participle describes
    elif not any(d.dep_ == "poss" for d in tok.children):
        return False  # a bare "escort" may be sent; "its escort" is the party's standing guard
    while tok.dep_ in ("conj", "appos"):
        tok = tok.head
    # up through the phrase that holds the victims ("tore through a motorcycle carrying members
    # and their police escort"), never across a clause of its own
    for _ in range(_VICTIM_PHRASE_DEPTH):
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "prep", "acl"):
            return False
        tok = tok.head
        if tok.i in attacks:
            return True
    return False


_VICTIM_PHRASE_DEPTH = 5


def _agreed_delivery(tok: Token) -> bool:
    if tok.dep_ == "xcomp" and lemma(tok.head) == "agree":
        return True
    if tok.dep_ == "xcomp" and lemma(tok.head) == "ready":
        # "ready to provide … all necessary assistance" offers aid; "ready to supply fuel and
        # wheat" offers trade
        return not any(lemma(t) in _AID_WORDS for t in tok.subtree)
    return (
        tok.dep_ == "relcl"
        and lemma(tok.head) in _AGREEMENT_NOUNS
        and any(
            p.dep_ == "prep"
            and p.lower_ == "under"
            and any(o.lower_ == "which" for o in p.children)
            for p in tok.children
        )
    )


def _plea_of_victim(tok: Token, violent: set[int]) -> bool:
    if tok.dep_ == "relcl" and tok.head.dep_ == "dobj":
        return tok.head.head.i in violent
    if tok.dep_ == "advcl" and any(ch.lower_ == "when" for ch in tok.children):
        return tok.head.i in violent
    return False
