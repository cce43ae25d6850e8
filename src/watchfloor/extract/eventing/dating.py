"""Dates: an event's date from its own phrase or its sentence (`_date`, `_stated_date`),
spans and nested acts, overnight reports and the same-period test used when a date is
carried between events.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from watchfloor.extract.dates import WEEKDAYS, resolve_date
from watchfloor.extract.eventing.base import ExtractorBase, _Group
from watchfloor.extract.eventing.shared import (
    _CLAUSE_DEPS,
    _FUTURE_MODALS,
    _SPEECH_TYPES,
    _sentence_entities,
    _sentence_words,
)
from watchfloor.extract.factuality import denial_verbs, planned_noun, with_clause_verb
from watchfloor.extract.triggers import has_to_marker, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class DatingMixin(ExtractorBase):
    """The date of one event group."""

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
            # "the deadliest attack since November 2024, when gunmen ambushed a convoy": the
            # parser hangs the when-clause on the noun the date bounds, but it tells the date
            return not any(DatingMixin._when_clause_of(e.doc[i], e) for i in member_tokens)
        if "past" in e.text.lower().split() and e.root.head.lower_ in ("over", "in", "during"):
            # "over the past week": a span running up to the news, not a point in it (guide
            # §1.5 gives acts in the news window with a vague time the publication day)
            return True
        cur = e.root
        for _ in range(4):
            if cur.i in member_tokens or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.dep_ == "prep" and (
                cur.lower_ in ("until", "till")
                or (cur.lower_ == "since" and e.root.head.dep_ == "prep" and e.root.head.i != cur.i)
            ):
                # "closed until Wednesday morning" ends the span; "since the Taliban takeover
                # in August 2021" dates another event that starts it ("cut since Tuesday
                # morning" dates the cut itself)
                return True
            if cur.pos_ in ("VERB", "AUX"):
                # the date of a clause opened by "since"/"until" dates the span's start or end
                return cur.i not in member_tokens and any(
                    c.dep_ == "mark" and c.lower_ in _BOUND_WORDS for c in cur.children
                )
        return False

    @staticmethod
    def _when_clause_of(verb: Token, e: Span) -> bool:
        """Whether `verb` heads a when-clause hung on the noun the bounding preposition of the
        date `e` hangs on, right after the date ("attack since November 2024, when ...")."""
        clause = verb
        while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i:
            clause = clause.head  # "…, when gunmen ambushed a convoy, killing 40"
        return (
            clause.dep_ == "relcl"
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
            and clause.head.i == e.root.head.head.i
            and e.end <= clause.left_edge.i
            and not any(t.pos_ in ("VERB", "AUX") for t in e.doc[e.end : clause.left_edge.i])
        )

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
                if _in_progress_description(cur, anchor):
                    # "killed militants who were trying to cross late on Tuesday": what the
                    # participants were doing when the act befell them shares its day
                    return False
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
        purpose_of = _purpose_head(anchor) if anchor.i == g.main.token.i else None
        if purpose_of is not None and _future_form(purpose_of):
            future = True  # "would close their shops on Friday to demand ...": still to come
        value, precision, own = self._stated_date(sent, g, anchor, published, future, member_tokens)
        if value is None and not future and _future_form(anchor):
            # "would seek a meeting this week": a time that only resolves as still to come
            value, precision, own = self._stated_date(
                sent, g, anchor, published, True, member_tokens
            )
        counted = _counted_after(sent, anchor, published)
        if counted is not None:
            return counted, "day", False
        if not future and _overnight(sent, member_tokens):
            # "struck ... overnight, Mujahid said on Wednesday", "closed the crossing on Tuesday
            # after forces exchanged fire through the night": the night began the day before
            # the day the sentence names (or the day it was published)
            base = date.fromisoformat(value) if value and precision == "day" else published
            if (
                base is not None
                and value
                and precision == "day"
                and _evening_of(sent, value, published, self.lexicon.reporting_verbs)
            ):
                # "closed the highway on Tuesday evening, and police detained six overnight":
                # the night began on the evening the sentence names (guide §1.5)
                return value, precision, own
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
        purpose_of = _purpose_head(anchor) if anchor.i == g.main.token.i else None
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
                if purpose_of is not None and (
                    cur.i == purpose_of.i or (cur.dep_ == "xcomp" and cur.head.i == purpose_of.i)
                ):
                    # "kept their shops shut on Wednesday to demand ...": the day of the act
                    # a purpose infinitive serves is its own
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
                    if (
                        cur.dep_ == "acl"
                        and cur.tag_ == "VBN"
                        and lemma(cur) in _STATIVE_PARTICIPLES
                        and cur.head.head.i in member_tokens
                    ):
                        # "stormed a guesthouse used by Chinese businessmen ... on Tuesday":
                        # a participle of a standing state has no day; the parser's date on
                        # it is the act's
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
            if g.type in _SPEECH_TYPES and noun.head.lower_ == "in":
                # "denied any part in Wednesday's bombing": a statement about the incident,
                # not one made at it (a briefing "at" or "during" an occasion still is)
                return False
            return (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("at", "during", "in")
                and noun.head.head.i in member_tokens
            )

        # what a future act's own clause says when it will happen; a time on a clause above it
        # ("welcomed the deal on Tuesday and said it would coordinate timetables", "announced
        # on Wednesday that bunkers would be demolished") is when it was said or agreed, and
        # an act to come with no date of its own has none (guide §1.5: unknown → null). A
        # noun trigger's time sits on the verb it hangs on ("talks will be held next week"),
        # and "is expected to resume next week", "would be shipped next month and
        # distributed" and "would start in September, with forces guarding the site" are one
        # clause.
        above: set[int] = set()
        if future and anchor.pos_ in ("VERB", "AUX"):
            cur = with_clause_verb(anchor) or anchor
            while cur.head.i != cur.i and (
                cur.dep_ == "conj"
                or (cur.dep_ == "xcomp" and lemma(cur.head) in _EXPECTING)
                # "would keep their shops shut on Wednesday to mourn the dead and to demand
                # ...": the purpose of an act to come is done with it, on its day
                or (cur.dep_ in ("advcl", "xcomp") and _purpose_head(cur) is not None)
            ):
                cur = cur.head
            above = {a.i for a in cur.ancestors}

        def governing(e: Span) -> bool:
            # the first verb above the date is the clause it dates
            cur = e.root
            for _ in range(8):
                if cur.i in member_tokens:
                    return False
                if cur.pos_ in ("VERB", "AUX") and cur.i != e.root.i:
                    return cur.i in above
                if cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False

        dated_governor: set[int] = set()
        kept = []
        claimed = _claimed_attack_phrase(anchor, g.type)
        for e in ents:
            if of_denial(e) or governing(e):
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
            if (
                _set_for(e)
                and e.root.head.head.i not in member_tokens
                and e.root.head.head.head.i not in member_tokens
            ):
                # "called a strike for Saturday and demanded ...": the day an act is set for
                # is that act's, not the day of another verb of the sentence
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
            # "called a strike for Saturday": a day something is set for is still to come,
            # the next such day (guide §1.5, future tense)
            value, precision = resolve_date(e.text, published, future=future or _set_for(e))
            if value is None:
                continue
            if before_report and precision == "day" and in_report(e):
                # the story is told from that day on: what follows it happened then
                _report_days(sent.doc)[anchor.idx] = (value, precision)
                continue
            return value, precision, own(e)
        return None, None, False


_COUNTED_AFTER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>hours?|days?|weeks?)\s+after\b",
    re.I,
)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_after(sent: Span, anchor: Token, published: date | None) -> str | None:
    """The day of an act told as "a day after" / "a week after" / "hours after" the act its
    sentence dates ("said on Wednesday, a day after a trade mission arrived in Kabul"): that
    day counted back (guide §1.5), or None when the sentence does not tell it so."""
    if published is None or "after" not in _sentence_words(sent):
        return None
    doc = sent.doc
    for m in _COUNTED_AFTER.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        after = next((t for t in sent if t.idx == end - len("after")), None)
        if after is None or anchor.idx < end:
            continue
        if after.dep_ == "mark":
            clause = {t.i for t in after.head.subtree}
        else:
            clause = {t.i for c in after.children for t in c.subtree}
        # the day the main clause names, told before the count
        day = None
        for e in _sentence_entities(sent):
            if e.label_ not in ("DATE", "TIME") or doc[e.end - 1].idx >= start:
                continue
            value, precision = resolve_date(e.text, published)
            if value is not None and precision == "day":
                day = (value, e)
        if day is None:
            continue
        verb = next((a for a in day[1].root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _future_form(verb):
            # "will arrive on Thursday, a day after the talks open": the coming Thursday
            value, _ = resolve_date(day[1].text, published, future=True)
            if value is not None:
                day = (value, day[1])
        if anchor.i not in clause and (verb is None or anchor in verb.subtree):
            continue  # the main clause's own act ("on Wednesday, a day after the raid, police
            # arrested five"), on the day it names
        unit = m.group("unit").lower()
        if unit.startswith("hour"):
            return day[0]
        n = _SMALL_NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        back = n * (7 if unit.startswith("week") else 1)
        return date.fromordinal(date.fromisoformat(day[0]).toordinal() - back).isoformat()
    return None


def _set_for(e: Span) -> bool:
    """Whether the date `e` names the day something is set for ("a strike for Saturday", "a
    deadline for Friday"), not the day of an act told for it ("for Saturday's attack")."""
    head = e.root.head
    if not (
        e.root.dep_ == "pobj"
        and head.lower_ == "for"
        and e.root.lower_ in WEEKDAYS
        and not any(t.tag_ == "POS" or t.lower_ in ("last", "past") for t in e)
    ):
        return False
    setter = head.head
    if setter.pos_ in ("NOUN", "PROPN"):
        noun = setter
    elif lemma(setter) in _SETTING_VERBS:
        if setter.dep_ != "acl":
            return True  # "called a strike for Saturday"
        noun = setter.head  # "a strike called for Saturday"
    else:
        return False
    # "traders observed a strike called for Saturday": the day has come, the strike was held
    governor = noun.head
    return not (
        governor.i != noun.i
        and governor.pos_ in ("VERB", "AUX")
        and governor.tag_ in ("VBD", "VBN")
        and lemma(governor) not in _SETTING_VERBS
        and not _future_form(governor)
    )


# verbs that set an act for a day ("called a strike for Saturday", "adjourned the hearing
# for Monday")
_SETTING_VERBS = {"call", "set", "schedule", "fix", "plan", "announce", "adjourn", "postpone"}


# Participles that tell who makes up or heads a party ("a delegation led by ...")
_MAKEUP_PARTICIPLES = frozenset({"lead", "head", "accompany", "include", "comprise"})
# Participles of a standing state ("a guesthouse used by foreigners", "a school run by the
# group"): they describe a noun and tell no act with a day of its own
_STATIVE_PARTICIPLES = frozenset(
    {"use", "own", "run", "operate", "frequent", "locate", "base", "house", "situate", "know"}
)


def _future_form(verb: Token) -> bool:
    """Whether the clause is grammatically future ("will meet", "is expected to discuss",
    "agreed to meet again", "would send"), not only near a future word elsewhere."""
    for tok in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in tok.children):
            return True
    return verb.dep_ == "xcomp" and lemma(verb.head) in _FUTURE_GOVERNORS


def _purpose_head(verb: Token) -> Token | None:
    """The act a purpose infinitive serves ("would close their shops to protest the killings
    and to demand security" → "close"), or None when `verb` is no such infinitive."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and has_to_marker(cur):
        cur = cur.head
    if not has_to_marker(cur) or cur.head.pos_ not in ("VERB", "AUX"):
        return None
    if cur.dep_ == "advcl" or (
        # "kept their shops shut to mourn the dead": an act with its own object, not a verb
        # of wanting or planning ("want to meet")
        cur.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in cur.head.children)
    ):
        return cur.head
    return None


# governors whose infinitive is still the one act to come, not an act of their own
_EXPECTING = {"expect", "schedule", "set", "due", "likely", "go", "intend", "aim", "hope"}

_FUTURE_GOVERNORS = {"agree", "plan", "expect", "schedule", "intend", "decide", "pledge", "promise"}


# words that make a date the bound of a span, not the time of an act
_BOUND_WORDS = {"since", "until", "till", "between"}


# clauses below a verb trigger that tell an act of their own, with its own time (not relative
# clauses or participles: "militants who crossed ... before dawn on Monday" and "a convoy
# carrying engineers on Wednesday" are most often the parser's placement of the act's date)
_NESTED_CLAUSE_DEPS = {"xcomp", "ccomp"}


def _in_progress_description(verb: Token, anchor: Token) -> bool:
    """Whether `verb` lies in a past-progressive relative clause on a participant of `anchor`
    ("militants who were trying to cross", "men who were planting a bomb")."""
    cur = verb
    while cur.i != anchor.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return cur.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ in ("was", "were") for c in cur.children
            )
        cur = cur.head
    return False


def _same_period(a: str | None, b: str | None) -> bool:
    """Whether two event dates (YYYY[-MM[-DD]], None: unknown) can be the same time."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


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


_EVENING = re.compile(r"\b(?:evening|night|late)\b", re.I)


def _evening_of(
    sent: Span, value: str, published: date | None, reporting_verbs: Collection[str]
) -> bool:
    """Whether the sentence names `value` as an evening or a night ("on Tuesday evening",
    "late on Monday"), on which an overnight act began."""
    doc = sent.doc
    for e in _sentence_entities(sent):
        if e.label_ not in ("DATE", "TIME") or resolve_date(e.text, published)[0] != value:
            continue
        verb = next((a for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and lemma(verb) in reporting_verbs:
            continue  # "detained 11 overnight, officials said on Tuesday evening": the evening
            # the night was told, after it had passed
        # the parser often splits "Tuesday evening" into a day and a time, and "late" stands
        # before "on Tuesday"
        around = doc[max(sent.start, e.start - 2) : min(sent.end, e.end + 1)].text
        if _EVENING.search(around):
            return True
    return False


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
        # (a sentence-final "overnight" is often hung on the last noun of a long object:
        # "detained 11 people in raids on hotels near the bus stand overnight")
        for _ in range(8):
            if cur.i in member_tokens:
                return True
            # "condemned the attack and said police had arrested two men overnight": the
            # night of the clause's own act, not of the verb that governs it
            if cur.head.i == cur.i or cur.dep_ in _CLAUSE_DEPS:
                break
            cur = cur.head
        if _shares_trailing_time(cur, tok, member_tokens):
            return True
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


def _shares_trailing_time(verb: Token, time: Token, member_tokens: set[int]) -> bool:
    """Whether `time`, closing the last of verbs coordinated under one subject ("searched homes
    and detained 14 men overnight"), times the whole series and so the member verb before it;
    a conjunct with its own subject ("troops searched homes and police detained men") or a
    member with a time of its own ("searched homes on Monday and ...") is a separate act."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or time.i < verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.head
    if first.i not in member_tokens or first.pos_ != "VERB":
        return False
    own = {t.i for t in verb.subtree}
    return not any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("overnight", "night")
        for t in first.subtree
        if t.i not in own
    )


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
