"""Factuality of an event or claim trigger: asserted, alleged, future, hypothetical, negated,
historical or generic (SPEC §1).

The cues live in `data/factuality.yaml`. The decision looks at the trigger, the verbs that
govern it inside the sentence (its "clause chain": xcomp/ccomp/conj heads up to the root) and
the words of the sentence, in a fixed order of precedence, so it is deterministic and easy to
explain to an analyst: negated > hypothetical > future > generic > historical > alleged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from watchfloor.extract.casualties import INJURE_LEMMAS, KILL_LEMMAS, parse_number
from watchfloor.extract.dates import WEEKDAYS, period_end, resolve_date
from watchfloor.extract.triggers import has_to_marker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SECTIONS = ("negation", "future", "hypothetical", "alleged", "historical", "generic")


class FactualityCueError(ValueError):
    """The factuality cue file is missing a section or has a malformed one."""


@dataclass(frozen=True)
class FactualityCues:
    version: str
    negation: dict[str, Any]
    future: dict[str, Any]
    hypothetical: dict[str, Any]
    alleged: dict[str, Any]
    historical: dict[str, Any]
    generic: dict[str, Any]
    # every list of the file, lower-cased once: the classifier asks for them per trigger
    _sets: dict[tuple[str, str], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # unions of lists the classifier asks for together, made once with the sets: verbs of
    # speech (`historical.report_verbs` and `alleged.governors`), and verbs whose simple
    # present is a statement made now (`historical.report_verbs`, `generic.present_statements`)
    speech_verbs: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    present_statements: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def words(self, section: str, key: str) -> frozenset[str]:
        """The lower-cased entries of the list `section.key` (empty when absent)."""
        return self._sets.get((section, key), frozenset())


def _phrase_regex(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = sorted((re.escape(w.lower()) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])")


def load_cues(path: str | Path | None = None) -> FactualityCues:
    """Read and validate the cue file (the packaged one unless `path` is given)."""
    if path is None:
        text = (
            resources.files("watchfloor.extract")
            .joinpath("data/factuality.yaml")
            .read_text("utf-8")
        )
        where = "watchfloor/extract/data/factuality.yaml"
    else:
        text = Path(path).read_text("utf-8")
        where = str(path)
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise FactualityCueError(f"{where}: expected a mapping at the top level")
    missing = [s for s in ("version", *_SECTIONS) if s not in data]
    if missing:
        raise FactualityCueError(f"{where}: missing section(s) {', '.join(missing)}")
    for section in _SECTIONS:
        if not isinstance(data[section], dict):
            raise FactualityCueError(f"{where}: section '{section}' must be a mapping")
        for key, value in data[section].items():
            if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                raise FactualityCueError(f"{where}: {section}.{key} must be a list of strings")
    sets = {
        (section, key): frozenset(w.lower() for w in value)
        for section in _SECTIONS
        for key, value in data[section].items()
        if isinstance(value, list)
    }
    report_verbs = sets.get(("historical", "report_verbs"), frozenset())
    return FactualityCues(
        version=str(data["version"]),
        **{s: data[s] for s in _SECTIONS},
        _sets=sets,
        speech_verbs=report_verbs | sets.get(("alleged", "governors"), frozenset()),
        present_statements=report_verbs | sets.get(("generic", "present_statements"), frozenset()),
    )


@lru_cache(maxsize=4)
def _compiled(path: str | None) -> tuple[FactualityCues, dict[str, re.Pattern[str] | None]]:
    cues = load_cues(path)
    regexes = {
        "neg_quant": _phrase_regex(cues.negation.get("quantifiers", [])),
        "future": _phrase_regex(cues.future.get("words", [])),
        "hypothetical": _phrase_regex(cues.hypothetical.get("words", [])),
        "alleged": _phrase_regex(cues.alleged.get("words", [])),
        "historical": _phrase_regex(cues.historical.get("words", [])),
        "generic": _phrase_regex(cues.generic.get("words", [])),
    }
    return cues, regexes


def cues_version(path: str | Path | None = None) -> str:
    return _compiled(str(path) if path else None)[0].version


def denial_verbs(path: str | Path | None = None) -> frozenset[str]:
    """Verbs whose complement is the account or act they deny (`negation.content_deniers`)."""
    return _compiled(str(path) if path else None)[0].words("negation", "content_deniers")


def documenting_verbs(path: str | Path | None = None) -> frozenset[str]:
    """A report's verbs of documenting findings (`generic.documenting_verbs`)."""
    return _compiled(str(path) if path else None)[0].words("generic", "documenting_verbs")


def clause_chain(trigger: Token, sent: Span) -> list[Token]:
    """The trigger and the verbs governing it, innermost first, without leaving the sentence.

    Stops at a reporting verb's complement boundary only for negation purposes (handled by the
    caller); nominal triggers climb through the verb they are the object/subject of.
    """
    chain = [trigger]
    tok = trigger
    while tok.head.i != tok.i and sent.start <= tok.head.i < sent.end and len(chain) < 8:
        if tok.dep_ in ("relcl", "advcl", "acl") and tok.tag_ != "VBG":
            break
        tok = tok.head
        chain.append(tok)
    return chain


# Verbs of a source giving its own figure ("while the group put the number at 26")
_FIGURE_VERBS = {"put", "say", "claim", "give", "place", "estimate"}


def _rival_figure(trigger: Token, chain: list[Token], sent: Span) -> bool:
    """Whether a reported toll is set against another source's figure in the same sentence
    ("the government said 11 passengers had been killed, while the group put the number of
    dead troops at 26"): each side's account is contested (guide §1.7)."""
    said = next((k for k, g in enumerate(chain[1:4], 1) if g.lemma_.lower() in _SAYS), None)
    # only a toll set against a toll: the reported clause and the rival's both count dead or
    # wounded ("said 11 passengers had been killed, while the group put the number of dead
    # troops at 26"), not any figure told beside a statement ("while officials said 300
    # families had returned")
    if said is None or not _counts_toll(chain[said - 1]):
        return False
    inside = {t.i for t in chain}
    for tok in sent:
        if (
            tok.lemma_.lower() in _FIGURE_VERBS
            and tok.dep_ == "advcl"
            and tok.i not in inside
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children)
            and any(c.dep_.startswith("nsubj") for c in tok.children)
            and _counts_toll(tok)
            and not any(t.i == trigger.i for t in tok.subtree)
        ):
            return True
    return False


# Words of a count of dead or wounded ("killed", "dead", "the toll", "the number of")
_TOLL_WORDS = KILL_LEMMAS | INJURE_LEMMAS | {"number", "figure", "count", "tally"}


def _counts_toll(clause: Token) -> bool:
    """Whether a clause gives a figure of dead or wounded."""
    words = list(clause.subtree)
    return any(t.like_num for t in words) and any(
        t.lemma_.lower() in _TOLL_WORDS or t.lower_ in _TOLL_WORDS for t in words
    )


def with_clause_verb(trigger: Token) -> Token | None:
    """The verb a "with" clause attends when the trigger is that clause's participle ("would
    start in September, with forces guarding the site" → "start"), else None."""
    if trigger.tag_ != "VBG":
        return None
    if trigger.dep_ == "pcomp":
        with_, doer = trigger.head, any(c.dep_.startswith("nsubj") for c in trigger.children)
    elif trigger.dep_ == "acl" and trigger.head.dep_ == "pobj":
        with_, doer = trigger.head.head, True  # "with army engineers guarding the site"
    else:
        return None
    if doer and with_.lower_ == "with" and with_.head.pos_ in ("VERB", "AUX"):
        return with_.head
    return None


def _has_aux(token: Token, words: AbstractSet[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in token.children)


def _auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of `verb`, with those a coordinated verb shares with the verb before
    it when it has neither subject nor auxiliary of its own ("would be detained and
    deported", "will close the crossing and suspend trade")."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    cur = verb
    while (
        not aux
        and cur.dep_ == "conj"
        and cur.pos_ in ("VERB", "AUX")
        and cur.head.pos_ in ("VERB", "AUX")
        # a non-finite form of the same kind: "would set back ... and urged" is a second act
        # in the past, not under "would"
        and cur.tag_ in ("VB", "VBN", "VBG")
        and cur.tag_ == cur.head.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children)
    ):
        cur = cur.head
        aux = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
    return aux


def _attributed_after(chain: list[Token], report_verbs: AbstractSet[str]) -> bool:
    """Whether the clause is told with its attribution after it ("Pakistan's strikes had hit
    only hideouts, he said"): the parser makes the reporting verb a side clause of the
    reported one."""
    return any(
        c.dep_ in ("parataxis", "ccomp", "advcl")
        and c.i > t.i
        and c.lemma_.lower() in report_verbs
        and any(s.dep_ == "nsubj" for s in c.children)
        for t in chain
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _negated(token: Token, neg_lemmas: AbstractSet[str]) -> bool:
    if token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in token.head.children
    ):
        return True  # "gives the Taliban neither recognition nor money"
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never")):
            return True
        if c.dep_ in ("preconj", "det") and c.lower_ == "neither":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ in ("preconj", "det") and d.lower_ == "neither" for d in c.children
        ):
            return True  # "Neither Uzbekistan nor Kazakhstan recognises": no subject acts
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in ("nobody", "none", "nothing", "noone")
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "without" and c.i < token.i:
            return True
    return False


_DAY_WORDS = frozenset(WEEKDAYS) | {
    "yesterday",
    "today",
    "tonight",
    "midnight",
    "overnight",
    "dawn",
}


def _told_on_one_day(tok: Token) -> bool:
    """Whether `tok`'s own phrase puts it on one day or night ("strikes by Pakistan on
    Friday", "at least three strikes shortly after midnight", "carried out air strikes late on
    Monday"): a set of strikes of one night is that night's incident, not a pattern (a span,
    "between July and September", stays a total)."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ == "overnight":
            return True
        if c.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        for t in c.subtree:
            if t.ent_type_ in ("DATE", "TIME") and t.lower_ in _DAY_WORDS:
                return True
            if t.lower_ in ("between", "since", "until", "from"):
                break
    return False


def _aggregate(trigger: Token, own: list[Token], cues: FactualityCues) -> str | None:
    """Whether the trigger sums up many events ("a string of attacks", "carried out 23
    attacks ..., killing 61", "killed in militant attacks since March"): PLOVER's generic."""
    nouns = cues.words("generic", "aggregate_nouns")
    heads = cues.words("generic", "series_heads")
    casualty = cues.words("generic", "casualty_verbs")
    series = cues.words("generic", "victim_series_heads")

    def plural_events(tok: Token) -> str | None:
        """ "strong" for a counted or serial set ("23 attacks", "a string of attacks"),
        "weak" for a bare plural ("carried out air strikes"), else None."""
        if tok.tag_ != "NNS" or tok.lower_ not in nouns:
            return None
        if _told_on_one_day(tok) or (tok.head.pos_ == "VERB" and _told_on_one_day(tok.head)):
            return None
        if any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children) or any(
            c.dep_ == "poss"
            or (c.dep_ == "relcl" and not _describes_kind(c))
            or (c.dep_ == "prep" and c.lower_ == "by")
            for c in tok.children
        ):
            # "the attacks", "Pakistan's strikes", "attacks by the Taliban", "strikes that
            # Pakistan carried out on ...": particular events (but "ambushes that combine
            # bombs and small arms" tells a kind of attack)
            return None
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in heads:
            return "strong"  # "a string of attacks", "a rise in attacks"
        count = next((c for c in tok.children if c.dep_ == "nummod"), None)
        if count is not None:
            many = count.like_num and count.lower_ not in ("one", "1", "two", "2")
            return "strong" if many else None
        return "weak"

    if trigger.pos_ in ("NOUN", "PROPN"):
        return plural_events(trigger)
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in cues.words("generic", "campaign_nouns")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return "strong"  # "pressed ahead with a campaign to expel migrants": many acts
    if (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and trigger.head.dep_ == "pobj"
        and trigger.head.head.lower_ == "of"
        and trigger.head.head.head.lemma_.lower() in series
    ):
        return "strong"  # "the latest in a string of clerics killed in the north"
    # A verb whose clause (or the clause it hangs on) has a plural, unparticular event noun
    # as object or cause: "carried out 23 attacks, killing ...", "killed in militant attacks".
    clause = list(own)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
        clause.append(trigger.head)
    for verb in clause:
        for c in verb.children:
            if c.dep_ == "dobj" and (kind := plural_events(c)):
                return kind
            if (
                c.dep_ == "dobj"
                and c.lemma_.lower() in series
                and any(
                    p.dep_ == "prep"
                    and p.lower_ == "of"
                    and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in p.children)
                    for p in c.children
                )
            ):
                return "strong"  # "granted a string of exemptions", "signed a series of deals"
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and trigger.lemma_.lower() in casualty
                and any(p.dep_ == "pobj" and plural_events(p) for p in c.children)
            ):
                # "killed in militant attacks": many events, unless dated as one past time
                return "weak"
    return None


_YEAR = re.compile(r"^(?:19|20)\d\d$")

# "in the past week", "over the past few days": a recent span, not "in the past"
_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during) the past (?:few |two |three |several |\d+ )?"
    r"(?:hours?|days?|weeks?|months?|years?)\b"
)

# "the ambush claimed the lives of seven soldiers": a toll, not a claim
_LIVES_CLAIMED = re.compile(r"\bclaimed (?:the |their |his |her )?li(?:ves|fe)\b")

# ("both attacks": the two events the article told, each a particular one)
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "such", "both"}
# Verbal and diplomatic act types: what they do in the progressive is done on the day
_STATEMENT_TYPES = frozenset(
    {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT", "CONCEDE"}
)
# Verbs of saying whose complement in "would" is a commitment told, not a conditional
_SAYS = frozenset({"say", "announce", "tell", "state", "confirm", "declare"})
# Marks of a clause giving the reason for its main clause ("as journalists are barred")
_REASON_MARKS = {"as", "because", "since"}
# links inside a noun phrase, from a noun to the word it hangs on ("members of parliament in
# Tashkent" → "voiced ... by members")
_NOUN_PHRASE_LINKS = {"prep", "pobj", "agent", "dobj", "nsubj", "nsubjpass", "appos", "compound"}


def _continuing(own: list[Token], cues: FactualityCues) -> bool:
    """Whether the trigger's own clause tells an act kept up over time rather than one
    instance: "has long accused", "has consistently denied", "has sent aid since 2021",
    "had made similar accusations for years" (PLOVER's generic)."""
    adverbs = cues.words("generic", "continuative")
    spans = cues.words("generic", "span_nouns")
    report = cues.words("historical", "report_verbs")
    for verb in own:
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        passive = any(a.dep_ == "auxpass" for a in verb.children)
        # under a reporting verb "had" is the tense of the report ("said the force had lost
        # 38 personnel since January" = "has lost")
        reported = "had" in aux and _reported(verb, report)
        perfect = bool(aux & {"has", "have"}) or reported
        # "has long accused ..., and has pressed ...": the adverb spans both perfects
        shared = (
            list(verb.head.children)
            if verb.dep_ == "conj" and perfect and _perfect(verb.head, {"has", "have"})
            else []
        )
        for c in [*verb.children, *shared]:
            if (
                c.dep_ == "advmod"
                and c.lower_ in adverbs
                and (perfect or verb.tag_ in ("VBZ", "VBP"))
            ):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "for"
                and any(
                    p.dep_ == "pobj"
                    and p.lemma_.lower() in spans
                    # "fought alongside them for years": a past kept up over an untold span
                    and (perfect or "had" in aux or (p.tag_ == "NNS" and not _counted(p)))
                    for p in c.children
                )
            ):
                return True  # "for years", "for three decades"
            # a passive perfect tells a state reached ("has since been tightened",
            # "have been restricted since the weekend"), not an act kept up
            if (
                perfect
                and passive
                and c.dep_ == "prep"
                and c.lower_ == "since"
                and any(_YEAR.search(t.text) for t in c.subtree)
            ):
                # "girls have been barred from school since 2021": a ban kept in force for
                # years, not a state just reached ("restricted since the weekend")
                return True
            if (
                perfect
                and _counted_total(verb)
                and (
                    _current_span(c)
                    or (c.dep_ == "prep" and c.lower_ == "since" and not _recent(c, cues))
                )
            ):
                # "14 men have been arrested since the blast", "had killed more than 150
                # militants this year": a total over a span running up to the news (guide §8)
                return True
            if (perfect or "had" in aux) and _over_recent_spans(c, cues):
                # "several of whom have been killed in recent years", "has seen fighting over
                # the past decade": a span of years or months running up to the news holds
                # many acts (guide §1.7 rule 4); a single recent week or month is the news
                return True
            if (
                perfect
                and not passive
                and c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and any(
                    p.dep_ == "prep" and p.lower_ == "since" and not _recent(p, cues)
                    for p in c.children
                )
                and any(
                    o.dep_ in ("dobj", "nsubj") and _counted(o)
                    for o in [*verb.children, *c.children]
                )
            ):
                # "have killed 100 workers and officers guarding them since 2012": the parser
                # hangs the total's span on the participle of its object
                return True
            if (perfect and not passive) and (
                (c.dep_ in ("prep", "advmod") and c.lower_ == "since")
                or (
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                )
            ):
                return True  # "has deported ... since 2023", "has since pressed"
    return False


_SPAN_OPENERS = frozenset({"recent", "past", "last"})


def _over_recent_spans(prep: Token, cues: FactualityCues) -> bool:
    """Whether `prep` is "in recent years", "over the past two years", "in recent months",
    "over the last decade": several months or years up to now, not one recent span."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "during"):
        return False
    spans = cues.words("generic", "span_nouns")
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in spans
        and (p.tag_ == "NNS" or p.lemma_.lower() == "decade")
        and any(m.lower_ in _SPAN_OPENERS for m in p.children)
        for p in prep.children
    )


def _counted_total(verb: Token) -> bool:
    """Whether the verb's object or passive subject is a count of more than one ("14
    members", "more than 40 militants")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and any(
            n.dep_ == "nummod" and n.like_num and n.lower_ not in ("one", "1") for n in c.children
        )
        for c in verb.children
    )


def _recent(span: Token, cues: FactualityCues) -> bool:
    """Whether a "since" phrase starts from a day of the news ("since Monday", "since
    yesterday"): a recent span is coded like one operation (guide §8)."""
    near = cues.words("historical", "recent_words")
    return any(t.lower_ in near for t in span.subtree)


def _without_descriptions(sent: Span, trigger: Token, low: str) -> str:
    """The sentence text without participles that describe another thing ("recovered a
    motorcycle believed to have been used by the handlers", "gunmen thought to be from the
    group"): a hedge there doubts what the thing is, not that the act happened."""
    out = low
    for tok in sent:
        if tok.head.i == trigger.i:
            continue
        # "detained three men who were allegedly planning an attack": a relative clause on
        # another noun tells what the people are suspected of, not that the act is doubted
        # (only on a party of the act itself: "videos ..., which could not be verified" and
        # "allegations that could not be verified" doubt the account the act is known from)
        described = (tok.dep_ == "acl" and tok.tag_ == "VBN") or (
            tok.dep_ == "relcl"
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.dep_ in ("dobj", "pobj")
            and trigger.is_ancestor(tok.head)
        )
        if not described:
            continue
        sub = list(tok.subtree)
        if any(t.i == trigger.i for t in sub):
            continue
        start = sub[0].idx - sent.start_char
        end = sub[-1].idx + len(sub[-1].text) - sent.start_char
        if 0 <= start < end <= len(out):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def _unhedged_phrases(sent: Span, low: str, cues: FactualityCues) -> str:
    """The sentence text without phrases that only look like hedges: a toll that "claimed the
    lives" of people, and "without evidence" on an act rather than on a statement ("no one
    would be held without evidence"; "accused Kabul without evidence" stays a hedge)."""
    text = _LIVES_CLAIMED.sub(" ", low)
    if "without evidence" not in text:
        return text
    speech = cues.speech_verbs
    for tok in sent:
        if (
            tok.lower_ == "without"
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ == "evidence"
            and tok.head.lemma_.lower() not in speech
        ):
            text = text.replace("without evidence", " ", 1)
    return text


def _describes_kind(relcl: Token) -> bool:
    """Whether a relative clause in the simple present tells what a kind of act is like
    ("ambushes that combine bombs and small arms", "raids that target clinics"): the acts are
    its subject ("strikes that Kabul says Pakistan carried out" are particular ones)."""
    return (
        relcl.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in relcl.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in relcl.children)
    )


def _takes_lives(verb: Token) -> bool:
    """ "claimed the lives of seven soldiers": a toll, not a claim."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _counted(noun: Token) -> bool:
    """Whether a plural noun carries a figure ("three years", "two decades")."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _trend_subject(trigger: Token, cues: FactualityCues) -> bool:
    """Whether the trigger is a plural event noun whose verb tells its trend: "attacks have
    risen", "strikes fell after the talks", "killings continued"."""
    return (
        trigger.tag_ == "NNS"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.lower_ in cues.words("generic", "aggregate_nouns")
        and trigger.head.lemma_.lower() in cues.words("generic", "trend_verbs")
        # "the airstrikes have increased anger": the events cause something, they do not
        # rise or fall
        and not any(c.dep_ == "dobj" for c in trigger.head.children)
        # "the strikes fell on a school", "two raids dropped ...": particular events; but
        # "the TTP's attacks have grown bolder", "its attacks are rising": a trend told in
        # the perfect or the present is one of many events, whoever's they are
        and not any(
            c.dep_ in ("det", "poss", "nummod")
            and c.lower_ not in ("no", "any")
            and not (c.dep_ in ("det", "poss") and _trend_told_now(trigger.head))
            for c in trigger.children
        )
    )


def _trend_told_now(verb: Token) -> bool:
    """Whether a trend verb is in the perfect or the present ("have risen", "are rising")."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        or _perfect(verb, {"has", "have"})
        or (verb.tag_ == "VBG" and _perfect(verb, {"is", "are"}))
    )


def _standing_state(trigger: Token, cues: FactualityCues) -> bool:
    """Whether the trigger is a state that holds now rather than an act: "which remains
    banned", "the crossing has stayed closed", "schools continue to be shut"."""
    verbs = cues.words("generic", "state_verbs")
    if trigger.tag_ not in ("VBN", "JJ"):
        return False
    # "have stayed shut" may be parsed as a passive with "stayed" for its auxiliary
    # (and the parser's lemma of such an auxiliary may be the inflected form itself)
    stay = next(
        (
            c
            for c in trigger.children
            if c.dep_ == "auxpass" and any(c.lower_.startswith(v) for v in verbs)
        ),
        None,
    )
    if stay is not None:
        return stay.tag_ in ("VBZ", "VBP") or any(
            _perfect(t, {"has", "have"}) for t in (trigger, stay)
        )
    holder = trigger.head
    if trigger.dep_ not in ("acomp", "oprd", "xcomp") or holder.lemma_.lower() not in verbs:
        return False
    return holder.tag_ in ("VBZ", "VBP") or _perfect(holder, {"has", "have"})


def _group_defeated(trigger: Token, cues: FactualityCues) -> bool:
    """Whether the trigger tells a whole organisation beaten ("Daesh had been crushed", "have
    largely defeated the group", "eliminated Daesh's networks"): the sum of a campaign, with
    no single instance (guide §16 rule 2). Counted or plural people ("eliminated 12
    terrorists", "the attackers were eliminated") are the toll of one operation."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBN", "VBD"):
        return False
    if trigger.lemma_.lower() not in cues.words("generic", "defeat_verbs"):
        return False
    if trigger.tag_ == "VBD" and any(c.dep_ == "aux" for c in trigger.children):
        return False  # "did not defeat": left to the negation rules
    # (a quoted participle, 'IS-K had been "largely eliminated"', may leave the passive's
    # subject parsed as an active one)
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    patient = next(
        (
            c
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubjpass") or (passive and c.dep_ == "nsubj")
        ),
        None,
    )
    if patient is None or patient.tag_ == "WDT":
        # "Daesh, which (he said) had been eliminated": the noun the relative clause is on
        cur, patient = trigger, None
        for _ in range(3):
            if cur.dep_ == "relcl":
                patient = cur.head
                break
            cur = cur.head
    if patient is None or patient.tag_ == "WDT":
        return False
    if any(c.dep_ == "nummod" for c in patient.children) or patient.like_num:
        return False
    if _on_a_day(trigger):
        return False  # "eliminated the cell in a raid on Monday": one operation
    # A named person ("eliminated Qari Zubair, a TTP commander") is one kill, not a group.
    named_group = patient.pos_ == "PROPN" and patient.ent_type_ not in ("PERSON", "GPE", "LOC")
    return named_group or patient.lemma_.lower() in cues.words("generic", "organisation_nouns")


def _on_a_day(verb: Token) -> bool:
    """Whether the verb's own clause dates it to a day or month ("on Monday", "in March")."""
    return any(
        c.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)
        for c in verb.children
    ) or any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children)


def _standing_restrictions(trigger: Token, cues: FactualityCues) -> bool:
    """Whether the trigger names restrictions in force ("while the Taliban maintain
    restrictions on women's work", "the Taliban's bans on girls' schooling"): a standing state,
    like sanctions still in force (guide §7), unless told as imposed ("imposed new curbs")."""
    if trigger.tag_ != "NNS" or trigger.lower_ not in cues.words("generic", "restriction_nouns"):
        return False
    head = trigger.head
    if any(c.dep_ == "amod" and c.lower_ == "new" for c in trigger.children):
        return False  # "new restrictions": just imposed, not a standing state
    if trigger.dep_ == "nsubj" and (head.lemma_.lower() in ("come", "take") or _on_a_day(head)):
        return False  # "restrictions came into force on Monday", "curbs took effect"
    return not (
        trigger.dep_ in ("dobj", "nsubjpass")
        and head.lemma_.lower() in cues.words("generic", "imposing_verbs")
        and head.tag_ in ("VBD", "VBN")
    )


def _kept_up(trigger: Token, cues: FactualityCues) -> bool:
    """Whether the act is told as going on now ("companies continue to sign contracts",
    "the group keeps recruiting"): a present-tense verb of continuing over the act, not one
    instance ("troops continued to fire for an hour" is one clash)."""
    if trigger.dep_ == "conj" and trigger.head.dep_ == "xcomp":
        trigger = trigger.head  # "continued to bar women ... and to hold foreign nationals"
    holder = trigger.head
    if not (
        trigger.dep_ == "xcomp"
        and trigger.pos_ in ("VERB", "AUX")
        and holder.lemma_.lower() in cues.words("generic", "continuing_verbs")
    ):
        return False
    if holder.tag_ == "VBD" and _reported(holder, cues.words("historical", "report_verbs")):
        # "said Washington would not act while the Taliban continued to bar women": in
        # reported speech the past is the speaker's present, and the condition a stance is
        # held under is a practice going on now ("said troops continued to fire for an hour"
        # is one clash)
        return any(c.dep_ == "mark" and c.lower_ == "while" for c in holder.children)
    return (holder.tag_ in ("VBZ", "VBP") or _perfect(holder, {"has", "have"})) and not any(
        c.dep_ == "mark" for c in holder.children
    )


def _universal_agent(own: list[Token], cues: FactualityCues) -> bool:
    """Whether the act is done by every member of a class ("every capital has signed a
    memorandum", "each neighbour has hosted delegations"): many acts summed up."""
    dets = cues.words("generic", "universal_dets")
    if any(
        # "blaming its neighbours for every failure": one act per failure charged
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(
            o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in dets for d in o.children)
            for o in p.children
        )
        for verb in own
        if verb.pos_ in ("VERB", "AUX")
        for p in verb.children
    ):
        return True
    return any(
        c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in dets for d in c.children)
        for verb in own
        if verb.pos_ in ("VERB", "AUX")
        for c in verb.children
    )


def _habitual_present(trigger: Token, cues: FactualityCues) -> bool:
    """Whether a material act is told in the simple present, with neither auxiliary nor date
    of its own ("the TTP receives logistical help", "Iran deports thousands a week"): news
    tells one act in the past, so the present is a standing pattern. Statements are exempt
    ("Pakistan rejects the charge" is a statement made now)."""
    if trigger.pos_ == "VERB" and trigger.tag_ == "VBN":
        # "Taliban ministers are received with guards of honour", "women are barred from
        # universities": the simple present passive tells a standing practice just as well
        # (not in a clause opened by a mark: "until the last fighter is eliminated" is to
        # come, "as journalists are barred from the area" the state of the news day)
        auxes = [
            c
            for c in trigger.children
            if c.dep_ in ("aux", "auxpass", "neg") or (c.dep_ == "mark" and c.lower_ != "that")
        ]
        return (
            len(auxes) == 1
            and auxes[0].dep_ == "auxpass"
            and auxes[0].lower_ in ("is", "are", "am")
            and _a_class_undergoes(trigger)
            and not _on_a_day(trigger)
            and trigger.lemma_.lower() not in cues.present_statements
        )
    if trigger.tag_ not in ("VBZ", "VBP") or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children):
        return False
    if trigger.lemma_.lower() in cues.words("generic", "standing_positions"):
        return _standing_position(trigger, cues.words("generic", "incident_nouns"))
    return trigger.lemma_.lower() not in cues.present_statements


def _a_class_undergoes(passive: Token) -> bool:
    """Whether a present passive's subject is a class of people or things ("women are barred",
    "Taliban ministers are received"), not counted or singled out victims: headline-style
    copy tells one incident that way too ("two soldiers are martyred as terrorists attack a
    post", "a policeman is killed in Bannu")."""
    subject = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.tag_ in ("NNS", "NNPS")
        and not any(
            c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("these", "those"))
            for c in subject.children
        )
    )


def _speakers_own(verb: Token) -> bool:
    """Whether the verb's subject is a pronoun ("said it was providing cash"): the speaker
    tells what it is doing on the day, not a third party's activity kept up."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.tag_ == "PRP"
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    return False


def _kind_of_act(trigger: Token, cues: FactualityCues) -> bool:
    """Whether a bare act noun is what a party habitually does ("local factions use
    kidnapping to raise money", "the groups resort to extortion"): a kind of act, no one
    instance (a particular act takes a determiner or a count: "used the attack")."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return False
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif trigger.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and _habitual_present(verb, cues)


_REACTION_OBJECTS = frozenset({"this", "that", "it", "these", "those"})
_ANSWERED_ACCOUNTS = frozenset(
    {"charge", "claim", "allegation", "accusation", "report", "statement", "remark", "assertion"}
)


def _standing_position(trigger: Token, incident_nouns: AbstractSet[str]) -> bool:
    """Whether an undated simple-present denial or charge is a side's standing position
    ("the Taliban deny sheltering the group", "Islamabad accuses Kabul of ..."): news tells a
    denial made on the day in the past tense or with its day. "The Taliban deny this" answers
    the account just given, and "accuses India of backing the attack on the train" charges one
    named incident, so both stay one statement."""
    if any(
        t.lemma_.lower() in incident_nouns
        and any(d.dep_ in ("det", "poss") and d.lower_ != "every" for d in t.children)
        and not any(d.lower_ in ("any", "no", "such") for d in t.children)
        for t in trigger.subtree
        if t.i != trigger.i
    ):
        return False
    for c in trigger.children:
        if c.dep_ == "dobj" and c.lower_ in _REACTION_OBJECTS:
            return False
        if c.dep_ == "dobj" and any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(o.lower_ in _REACTION_OBJECTS for o in p.children)
            for p in c.children
        ):
            return False  # "have rejected all of this": the account just given, answered
        if (
            c.dep_ == "dobj"
            and c.lemma_.lower() in _ANSWERED_ACCOUNTS
            and any(d.dep_ == "det" and d.lower_ in _REACTION_OBJECTS | {"the"} for d in c.children)
            # past the lead a simple-present denial of "the charge" is the side's standing
            # answer (guide §18 rule 8, "a charge … Kabul denies"): the day's reply is told in
            # the past tense or with its day ("has dismissed the claims" may still be that reply)
            and (_in_lead(trigger) or trigger.tag_ not in ("VBZ", "VBP"))
        ):
            return False  # "Pakistan rejects the charge": the charge just reported, answered
        if c.dep_ in _CLAUSE_LINKS:
            continue
        # "Pakistan on Tuesday rejects the report": a statement of that day
        if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            return False
    return True


def _standing_charge(verb: Token, cues: FactualityCues) -> bool:
    """Whether an undated present-perfect charge, criticism or warning is a side's record, not
    the statement of the day ("He has also accused Afghan nationals of involvement in suicide
    attacks", "Rights groups have long criticised Central Asian governments"): news tells the
    statement of the day in the past tense or with its day. In the lead only a perfect marked
    as repeated or lasting (`generic.standing_markers`) is such a record: a bare "Pakistan has
    warned the Taliban" opening the story is today's statement. A sentence with a time of its own
    ("has accused Kabul this week"), a charge told under a report ("said Islamabad has
    accused ...") and a charge of one named incident ("has accused India of backing the
    attack on the train") stay the statement of the day."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.words("generic", "standing_charges"):
        return False
    if not _perfect(verb, {"has", "have"}) or _passive(verb):
        return False
    if _reported(verb, cues.words("historical", "report_verbs")):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
        return False
    if _in_lead(verb) and not _marked_standing(verb, cues.words("generic", "standing_markers")):
        return False  # "Pakistan has warned the Taliban ...": today's statement
    # past the lead, an undated perfect is the background the news is set in ("Tajik
    # officials have accused the Taliban of ...", "Washington has refused to release the
    # reserves"): later paragraphs tell the day's statements in the past tense or with a day
    return _standing_position(verb, cues.words("generic", "incident_nouns"))


def _support_charged(trigger: Token, cues: FactualityCues) -> bool:
    """Whether an AID trigger is support a party is charged with as an ongoing pattern ("accused
    the Taliban of giving the TTP safe havens", "said India was funding and arming the BLA"):
    `generic` with no date (guide §11, sponsor and sheltering charges). Support of particular
    attackers ("accused India of financing the attackers") or of a named incident ("of
    planning the attack"), and a charge with a time of its own, stay `alleged`."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.words(
        "generic", "support_charges"
    ):
        return False
    if _passive(trigger):
        return False  # "the bomber had been trained in Afghanistan": particular people
    # "financing and arming the BLA": the second act shares the first one's frame
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.i != first.i:
        first = first.head
    charger = first.head.head if first.dep_ == "pcomp" else first
    if charger.dep_ == "dobj":
        charger = charger.head  # "accused hostile agencies of funding": "of" on the object
    charged = (
        first.dep_ == "pcomp"
        and first.head.lower_ in ("of", "for")
        and charger.lemma_.lower() in cues.words("alleged", "governors")
    ) or (
        # "said India was funding the BLA": backing of armed men by a party the speaker names
        # ("said it was providing cash to returnees" is the speaker's own aid, told as fact)
        first.tag_ == "VBG"
        and first.dep_ == "ccomp"
        and _perfect(first, {"was", "were", "is", "are"})
        and _reported(first, _SAYS)
        and trigger.lemma_.lower() in cues.words("alleged", "patronage_verbs")
        and (subject := next((c for c in first.children if c.dep_ == "nsubj"), None)) is not None
        and subject.pos_ == "PROPN"
    )
    if not charged:
        return False
    particular = cues.words("generic", "particular_parties")
    incidents = cues.words("generic", "incident_nouns")
    for t in trigger.subtree:
        if t.i == trigger.i:
            continue
        if t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in particular:
            return False
        if t.lemma_.lower() in incidents and any(
            d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "any", "every")
            for d in t.children
        ):
            return False  # "of planning the attack": support of that incident
    return True


def _in_lead(tok: Token) -> bool:
    """Whether the token stands in the article's first paragraph, where the news is told.

    A paragraph ends at a blank line; a single line break (a `<br>`, hard-wrapped text) does not
    end it."""
    return "\n\n" not in tok.doc.text[: tok.sent.start_char].lstrip()


def _described_record(trigger: Token, cues: FactualityCues) -> bool:
    """Whether an undated present perfect in a relative clause describes a party by its record
    ("the BLA, which has attacked government targets", "a regime that has locked women out of
    classrooms"): the clause
    characterises the noun, it does not report the news, and no one instance is meant (guide
    §1.7 rule 4, §14 rule 3). An incident the clause names ("the blast, which has killed 12")
    and a clause with its own time ("which has shut the crossing since Sunday") stay."""
    verb = trigger
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        verb = verb.head  # "which has hosted leaders ... and drawn protests"
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    if _passive(verb) or _passive(trigger):
        return False  # "a leader who has been arrested by police": one act done to them
    if not (_perfect(verb, {"has", "have"}) or _perfect(trigger, {"has", "have"})):
        return False
    noun = verb.head
    if noun.lemma_.lower() in cues.words("generic", "incident_nouns") or noun.ent_type_ in (
        "DATE",
        "TIME",
    ):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree) and not any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children
    )


def _narrated_record(trigger: Token, sent: Span, event_type: str | None, reported: bool) -> bool:
    """Whether the article itself tells, in an undated present perfect, what a party has done
    over time to many ("China has poured more than $25 billion into projects", "Qatar and
    Turkey have sent scholars to Kabul"): the background of the news, no one instance
    (guide §1.7 rule 4). Verbal acts keep `_standing_charge`'s stricter test, since "Pakistan
    has warned the Taliban" and "the Taliban have rejected all of this" are statements of the
    day; visits and hosting are not such statements. A sentence with a time of its own or a
    quotation (a speaker's own perfect) stays."""
    if (event_type in _STATEMENT_TYPES and event_type != "CONSULT") or reported:
        return False
    if event_type in _NEWS_PERFECT_TYPES:
        return False  # "Security forces have killed eight militants": today's news
    verb = trigger
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and _perfect(verb.head, {"has", "have"}):
        verb = verb.head  # "has refused formal ties and has long accused ..."
    if verb.dep_ != "ROOT" or trigger.tag_ != "VBN" or _passive(trigger):
        return False
    if not (_perfect(trigger, {"has", "have"}) or _perfect(verb, {"has", "have"})):
        return False
    if any(t.lower_ in _QUOTE_MARKS for t in sent):
        return False
    if not any(
        c.dep_ == "dobj" and (c.tag_ in ("NNS", "NNPS", "CD", "$") or c.lower_ in _MONEY)
        for c in trigger.children
    ):
        return False  # "the group has attacked a shrine": one act, told as done
    inner = {
        t.i
        for c in verb.children
        if c.dep_ in ("conj", "advcl", "ccomp", "parataxis") and c.i != trigger.i
        for t in c.subtree
    }
    return not any(t.ent_type_ in ("DATE", "TIME") for t in sent if t.i not in inner) and not any(
        c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children
    )


def _marked_standing(verb: Token, markers: AbstractSet[str]) -> bool:
    """Whether the verb's own clause carries a mark of repetition or duration ("has also
    accused", "has long blamed", "have repeatedly criticised", "has in the past warned")."""
    inner = {t.i for c in verb.children if c.dep_ in _CLAUSE_LINKS for t in c.subtree}
    own = " ".join(t.lower_ for t in verb.subtree if t.i not in inner)
    return any(re.search(rf"\b{re.escape(m)}\b", own) for m in markers)


_MONEY = frozenset({"million", "millions", "billion", "billions", "trillion"})
# Force and coercion told in an undated present perfect ("have killed eight militants", "have
# arrested 12 suspects") are how the news reports the day's act, not a record over time.
_NEWS_PERFECT_TYPES = frozenset({"ASSAULT", "COERCE"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _victims_own_account(trigger: Token, cues: FactualityCues) -> bool:
    """Whether a quotation tells what was done to the speaker's own people or home ("They took
    my husband to the station", "They beat us with sticks"): a victim's account, which the
    article reports but does not confirm (guide §1.7 `alleged`, witnesses' accounts). A
    side's own losses ("our soldiers were martyred") and the article's own narration, outside
    quotation marks, are not."""
    if trigger.pos_ != "VERB":
        return False
    sent = trigger.sent
    marks = sum(1 for t in sent if t.i < trigger.i and t.text in _QUOTE_MARKS)
    if marks % 2 == 0:
        return False
    if _official_speaker(sent, trigger, cues):
        return False  # "Militants attacked us," the police chief said: an official's account
    kin = cues.words("alleged", "own_people")
    for c in trigger.children:
        if c.dep_ not in ("dobj", "nsubjpass", "dative"):
            continue
        if c.lower_ in ("me", "us") and c.dep_ != "nsubjpass":
            return True
        if c.lemma_.lower() in kin and any(
            d.dep_ == "poss" and d.lower_ in ("my", "our") for d in c.children
        ):
            return True
    return False


def _official_speaker(sent: Span, trigger: Token, cues: FactualityCues) -> bool:
    """Whether the quotation holding `trigger` is told by an official source ("the police
    chief said", "a spokesman told reporters"), whose account is not a victim's."""
    official = cues.words("alleged", "official_sources")
    report = cues.words("historical", "report_verbs")
    for verb in sent:
        if verb.i == trigger.i or verb.lemma_.lower() not in report:
            continue
        for s in verb.children:
            if s.dep_ not in ("nsubj", "nsubjpass"):
                continue
            words = {t.lemma_.lower() for t in s.subtree} | {t.lower_ for t in s.subtree}
            if words & official:
                return True
    return False


# Children that open a clause of their own, whose dates are not the statement's.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "acl"})


def _on_a_condition(verb: Token, cues: FactualityCues) -> bool:
    """Whether a future act waits on a condition that may never be met: "would reopen once
    the security situation allows", "will reopen only when Kabul acts", or answers whatever
    may come ("will respond to every attack", "would cooperate with any country")."""
    marks = cues.words("hypothetical", "future_conditions")
    answering = cues.words("hypothetical", "answering_verbs")
    if verb.lemma_.lower() in cues.words("hypothetical", "response_verbs"):
        # "said the state would respond with full force": a response waits on what may come
        return True
    for c in verb.children:
        if c.dep_ == "advcl":
            mark = {m.lower_ for m in c.children if m.dep_ in ("mark", "advmod")}
            if mark & marks:
                return True
            # "only when", "only after": the act is held back until the condition holds
            near = [*c.children, *(g for m in c.children for g in m.children)]
            if mark & {"when", "after"} and any(
                a.dep_ == "advmod" and a.lower_ == "only" for a in near
            ):
                return True
        if c.dep_ in ("prep", "dobj") and verb.lemma_.lower() in answering:
            obj = c if c.dep_ == "dobj" else next((o for o in c.children if o.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.pos_ == "NOUN"
                and obj.tag_ == "NN"
                and any(d.dep_ == "det" and d.lower_ in ("every", "any") for d in obj.children)
            ):
                return True
    return False


def _passive(verb: Token) -> bool:
    """Whether `verb` is told in the passive, itself or as a participle coordinated with one
    ("were prepared in Afghanistan, financed from Afghanistan and sent back")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None and any(c.dep_ == "auxpass" for c in v.children):
            return True
    return False


def _reported(verb: Token, report_verbs: AbstractSet[str]) -> bool:
    """Whether `verb` is told under a reporting verb ("said the group had tried")."""
    return any(a.lemma_.lower() in report_verbs for a in verb.ancestors)


def _perfect(verb: Token, auxiliaries: AbstractSet[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)


def _over_a_span(verb: Token) -> bool:
    """Whether the verb is counted over a span of time: "since January", "since the ceasefire
    was agreed", "so far", "in the past year" (not "in the past week": a recent operation)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            # "since Monday", "since yesterday": a toll of the news days, not a total
            bound = " ".join(t.lower_ for t in c.subtree)
            return not re.search(
                r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                r"morning|night|evening)\b",
                bound,
            )
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "far" and any(m.lower_ == "so" for m in c.children):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("over", "during", "in", "throughout")
            and any(p.dep_ == "pobj" and p.lemma_.lower() == "period" for p in c.children)
        ):
            return True  # "have been killed in the district over that period"
        if c.dep_ in ("prep", "npadvmod"):
            phrase = " ".join(t.lower_ for t in c.subtree)
            if re.search(r"\b(?:past|last) (?:\w+ )?(?:months|years?|decades?)\b", phrase):
                return True
    return False


_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def planned_noun(trigger: Token, cues_path: str | Path | None = None) -> bool:
    """Whether an event noun is what a plan is for: "endorsed a plan for joint exercises in
    September", "a proposal for talks" (the act is still to come)."""
    cues, _ = _compiled(str(cues_path) if cues_path else None)
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        and trigger.head.head.lemma_.lower() in cues.words("future", "plan_nouns")
    )


# ("this week" is a recent span: one operation, guide §8)
_CURRENT_SPANS = frozenset({"year", "month"})


def _current_span(token: Token) -> bool:
    """Whether `token` is "this year" / "this month" hung on the noun or its copula: a span
    still running, counted like one opened by "since"."""
    return (
        token.dep_ == "npadvmod"
        and token.lemma_.lower() in _CURRENT_SPANS
        and any(d.dep_ == "det" and d.lower_ == "this" for d in token.children)
    )


def _ordinal_of_a_span(trigger: Token) -> bool:
    """Whether an event noun is what an act is said to be the nth of over a span: "the
    bombing was the third attack on polio teams since December", "the third attack claimed by
    IS-K since September", "..., police said, the third killing of a reporter this year" (the
    series counted; an appended noun phrase may be parsed as a root or an object)."""
    edge = trigger.left_edge.i
    appended = edge > 0 and trigger.doc[edge - 1].text == ","
    if trigger.pos_ != "NOUN" or not (
        trigger.dep_ in ("attr", "appos") or (appended and trigger.dep_ in ("ROOT", "dobj"))
    ):
        # (a headline "Second Attack Hits Kabul" or "condemned the second attack" tells the
        # act itself)
        return False
    if not any(c.lower_ in _ORDINALS and c.dep_ in ("amod", "nummod") for c in trigger.children):
        return False
    own = [trigger, trigger.head] if trigger.dep_ in ("attr", "appos") else [trigger]
    # (a "since" inside a relative clause, "the school, which has been closed since 2021",
    # dates that clause, not the series)
    inner = {t.i for d in trigger.subtree if d.dep_ == "relcl" for t in d.subtree}
    return any(
        (t.dep_ == "prep" and t.lower_ == "since") or _current_span(t)
        for t in trigger.subtree
        if t.i not in inner
    ) or any(
        (c.dep_ == "prep" and c.lower_ == "since") or _current_span(c)
        for h in own[1:]
        for c in h.children
    )


_ADVICE_AUX = frozenset({"should", "must", "ought"})


def _advised_against(trigger: Token) -> bool:
    """Whether a gerund names what a speaker says a party should stop doing ("should look at
    its own failures instead of blaming its neighbours", "must investigate before blaming
    Kabul"): the kind of act the party is charged with, no one instance. Without the advice
    the gerund is one act left undone ("flew home instead of attending the talks")."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp":
        return False
    mark = trigger.head
    before = mark.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    if (mark.lower_, before) not in (("of", "instead"), ("than", "rather")) and (
        mark.lower_ != "before"
    ):
        return False
    verb = mark.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in _ADVICE_AUX for c in verb.children
    )


def _many_instances(trigger: Token, own: list[Token], cues: FactualityCues) -> bool:
    """Whether the trigger's clause sums up many acts rather than telling one: a repetition
    ("travelled to Kabul several times", "on at least three occasions"), a perfect or
    progressive with a mass of people ("have detained dozens of former officials", "are
    deporting hundreds of thousands", "had killed more than 1,000 Pakistanis"), one of a mass
    of cases ("dozens of cases in which men were held"), or a party's standing position told
    in a relative clause ("which Beijing blames for attacks", "a link Kabul has rejected")."""
    generic = cues.generic
    repetition = cues.words("generic", "repetition_nouns")
    mass = cues.words("generic", "mass_words")
    threshold = int(generic.get("mass_threshold", 1000))
    contested = cues.words("generic", "contested_nouns")
    report = cues.words("historical", "report_verbs")
    casualty = cues.words("generic", "casualty_verbs")
    death_mass = cues.words("generic", "death_mass_words")

    def massive(np: Token, pool: AbstractSet[str] = mass) -> bool:
        if np.lower_ in pool:
            return True
        for c in np.children:
            if c.dep_ in ("nummod", "quantmod", "amod") and c.lower_ in pool:
                return True
            if c.dep_ == "nummod" and c.like_num:
                words = [t.text for t in c.subtree if t.like_num or t.lower_ in ("a", "one")]
                value = parse_number(" ".join(words))
                if value is not None and value >= threshold:
                    return True
        return False

    perfects: dict[int, bool] = {}

    def perfect_told(verb: Token) -> bool:
        """A present perfect, or a past perfect only as the tense of a report ("said attacks
        had killed more than 1,000"); told by the article a past perfect narrates one earlier
        act ("Iran had given two million Afghans until May 31"). Found once per verb."""
        if verb.i not in perfects:
            perfects[verb.i] = _perfect(verb, {"has", "have"}) or (
                _perfect(verb, {"had"}) and _reported(verb, report)
            )
        return perfects[verb.i]

    for verb in own:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ == "npadvmod" and c.tag_ == "NNS" and c.lower_ in repetition:
                return True  # "several times"
            if c.dep_ == "prep" and any(
                p.dep_ == "pobj" and p.tag_ == "NNS" and p.lower_ in repetition for p in c.children
            ):
                return True  # "on at least three occasions"
        aspect = perfect_told(verb) or (
            verb.tag_ == "VBG" and _perfect(verb, {"is", "are", "was", "were"})
        )
        # "has deported or pressured more than a million Afghans", "had provided blankets
        # to some 4,000 families"
        counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        counted += [
            o
            for c in verb.children
            if c.dep_ == "conj" and not any(s.dep_.startswith("nsubj") for s in c.children)
            for o in c.children
            if o.dep_ == "dobj"
        ]
        counted += [
            p
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "dozens of soldiers had been killed" is the toll of one clash; "had killed thousands"
        # sums up a campaign
        # so is "said fighters had detained dozens of men during searches": a report's past
        # perfect tells one operation's catch; only a larger mass ("had deported thousands")
        # sums up a campaign
        reported_past = _perfect(verb, {"had"}) and not _perfect(verb, {"has", "have"})
        pool = death_mass if verb.lemma_.lower() in casualty or reported_past else mass
        if aspect and any(massive(c, pool) for c in counted):
            return True
    for verb in own:
        if verb.lemma_.lower() not in casualty or not perfect_told(verb):
            continue
        total = any(
            c.dep_ in ("dobj", "nsubjpass") and any(n.dep_ == "nummod" for n in c.children)
            for c in verb.children
        )
        if total and _over_a_span(verb):
            # "at least 40 personnel have been killed since the ceasefire", "had lost 38
            # personnel since January": a total over a span, not one incident
            return True
    if (
        trigger.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and any(
            c.dep_ == "dobj" and c.i < trigger.i and c.lemma_.lower() in contested
            for c in trigger.children
        )
    ):
        # "..., a charge Kabul denies" parsed with the charge as a fronted object: the
        # party's standing position, as in the relative clause below
        return True
    if trigger.dep_ == "relcl" and trigger.pos_ in ("VERB", "AUX"):
        noun = trigger.head
        mass_of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        if mass_of.i != noun.i and massive(mass_of):
            return True  # "dozens of cases in which men were held"
        aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        if trigger.tag_ in ("VBZ", "VBP") and not aux:
            return True  # "..., which Beijing blames for violence in Xinjiang"
        if (
            _perfect(trigger, {"has", "have"})
            and noun.lemma_.lower() in contested
            and not any(c.dep_ == "prep" for c in trigger.children)
        ):
            # "a link Kabul has rejected" (but "a charge it has denied in the past" is dated)
            return True
    return False


def _clause_text(trigger: Token, *, pledged: bool = False) -> str:
    """The words of the trigger's own clause, without the clauses hanging on it (with
    `pledged`, nor the infinitive of what is agreed or planned: "agreed to open ... next
    year")."""
    skip: set[int] = set()
    for c in trigger.children:
        if c.dep_ in ("conj", "advcl", "relcl", "ccomp", "parataxis") or (
            pledged and c.dep_ == "xcomp" and has_to_marker(c)
        ):
            skip |= {t.i for t in c.subtree}
    for t in trigger.subtree:
        if t.dep_ == "relcl" and t.i != trigger.i and t.i not in skip:
            # "discussed the pipeline, whose Afghan section will reach Herat next year": a
            # relative clause deeper down tells another act, with its own tense and time
            skip |= {u.i for u in t.subtree}
    return " ".join(t.lower_ for t in trigger.subtree if t.i not in skip)


def _old_period(value: str | None, published: date | None, days: int) -> bool:
    """Whether the period `value` (YYYY, YYYY-MM or YYYY-MM-DD) was over well before
    publication: more than `days` days before it, or a whole month or year that ended before
    the publication month began ("last month", "in December")."""
    end = period_end(value)
    if end is None or published is None or value is None:
        return False
    return (published - end).days > days or (len(value) < 10 and end < published.replace(day=1))


# The entities of the last document asked about, with the root of each DATE entity. `Doc.ents`
# builds new Span objects on every read, and the events and claims of one document ask for
# them once per trigger; holding the document itself makes the `is` test exact. Nothing sets
# a document's entities after the spaCy pipeline has run.
_last_entities: tuple[Doc | None, tuple[Span, ...], tuple[tuple[Span, Token], ...]] = (
    None,
    (),
    (),
)


def _entities(doc: Doc) -> tuple[tuple[Span, ...], tuple[tuple[Span, Token], ...]]:
    """(the entities of `doc`, (entity, root) of its DATE entities)."""
    global _last_entities
    last = _last_entities
    if last[0] is not doc:
        ents = tuple(doc.ents)
        last = (doc, ents, tuple((e, e.root) for e in ents if e.label_ == "DATE"))
        _last_entities = last
    return last[1], last[2]


def _frame_dates(verb: Token, published: date | None) -> list[str]:
    """The dates that modify `verb` directly ("in May", "last year", "on October 12"), not
    the bounds of a span ("since 2021", "until May 31")."""
    out = []
    for ent, root in _entities(verb.doc)[1]:
        direct = root.head.i == verb.i and root.dep_ in ("npadvmod", "tmod")
        via = (
            root.dep_ == "pobj"
            and root.head.head.i == verb.i
            and root.head.lower_ in ("in", "on", "during", "at")
        )
        if direct or via:
            value = resolve_date(ent.text, published)[0]
            if value is not None:
                out.append(value)
    if not out:
        # the parser may fold a date into a neighbouring entity ("In October 2025, days of
        # fighting ..." as one DATE): read the verb's own time phrase directly
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "for"):
                # "for most of May and June": only a phrase that resolves to a date counts
                phrase = " ".join(t.text for t in c.subtree)
                value, precision = resolve_date(phrase, published)
                if value is not None and precision is not None:
                    out.append(value)
    return out


def _told_at_old_date(verb: Token, published: date | None, days: int) -> bool:
    """Whether `verb` heads a relative clause on a date ("in May, when ...") that
    `_old_period` finds well before publication."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE":
        return False
    ent = next((e for e in _entities(verb.doc)[0] if e.start <= verb.head.i < e.end), None)
    return ent is not None and _old_period(resolve_date(ent.text, published)[0], published, days)


def _set_in_the_past(
    trigger: Token, sent: Span, published: date | None, cues: FactualityCues
) -> bool:
    """Whether every date the sentence gives is well before publication and one of them lies
    outside the trigger's own phrase ("In March 2025 its fighters hijacked a train, an ordeal in
    which 26 hostages were killed"; "the clashes of October 2025 ended when Qatar brokered a
    ceasefire"): the whole sentence is told at that earlier time, so each act in it is
    background (guide §1.7 `historical`). A date only inside the trigger's phrase ("accused
    India of backing the March 2025 attack") dates what is charged, not the charge, and any
    date of the news period keeps the sentence part of the news."""
    if published is None:
        return False
    # "ago" is no mark of the news period: "three days ago" resolves to a day and keeps the
    # sentence news below, "two years ago" to an old year like "in 2024" (guide §1.7)
    near = cues.words("historical", "recent_words") | {"today", "now", "recently"}
    days = int(cues.historical.get("days_before", 30))
    report = cues.words("historical", "report_verbs")
    inside = {t.i for t in trigger.subtree}
    outside = False
    for ent in _entities(sent.doc)[0]:
        if ent.label_ not in ("DATE", "TIME") or ent.start < sent.start or ent.end > sent.end:
            continue
        if set(ent.text.lower().split()) & near:
            return False  # "this week", "on Tuesday": a time of the news period
        if ent.root.head.lower_ in ("since", "until", "till", "for"):
            continue  # the bound or length of a span, not when anything happened
        value, precision = resolve_date(ent.text, published)
        if value is None or precision is None:
            continue  # "in decades", "at dawn": no point in time
        verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or not (verb.i == trigger.i or verb.is_ancestor(trigger)):
            if precision != "day" and _old_period(value, published, days):
                # "Qatar, which mediated a truce last year, said ...", "recruits who joined in
                # January": the time of a participant's description, not of this act
                continue
        elif verb.lemma_.lower() in report and any(
            c.dep_ == "ccomp" and (c.i == trigger.i or c.is_ancestor(trigger))
            for c in verb.children
        ):
            continue  # "In August, the group said it had killed ...": the report's time
        if precision == "day" or not _old_period(value, published, days):
            # a day is the precision of news; an old day in the sentence is left to the
            # clause-level rules that know which act it dates
            return False
        if ent.root.i not in inside:
            outside = True
    return outside


def _told_then(own: list[Token], cues: FactualityCues) -> bool:
    """Whether the trigger's own clause is set "at the time" of an earlier event the article
    told ("officials at the time blamed the group", "a finding Kabul dismissed at the time"):
    background, not the news (guide §1.7 rule 5). "At the time of the attack" names its
    event and is left to the other rules."""
    phrases = cues.words("historical", "then_phrases")
    for t in own:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        holders = [t, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))]
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "advmod") and (
                    " ".join(x.lower_ for x in c.subtree) in phrases
                ):
                    return True
    return False


def _described_earlier(chain: list[Token], cues: FactualityCues) -> bool:
    """Whether the trigger sits in a relative or participle clause describing a noun, and that
    clause dates its act "last week" or "earlier this month" ("breaching a ceasefire agreed at
    talks in Riyadh last week", "attacks that killed 14 soldiers last week"): the description
    recalls an earlier event as background to the news of the main clause (guide §1.7 rule 5).
    The news period's own words ("last week") keep a main clause news, so only a description
    qualifies; "the attack, which killed ten on Tuesday" names a day and stays news."""
    words = cues.words("historical", "described_past")
    if not words:
        return False
    verb = next(
        (
            t
            for t in chain
            if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"
        ),
        None,
    )
    if verb is None or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # an act the description names through a preposition ("commanders linked to an attack
    # last week") is what it is linked to, not the described event itself
    if any(t.dep_ == "prep" for t in chain[: chain.index(verb)]):
        return False
    for ent in _entities(verb.doc)[0]:
        if ent.label_ != "DATE" or not (verb.left_edge.i <= ent.root.i <= verb.right_edge.i):
            continue
        # the date must be the describing clause's own, not a clause nested inside it
        owner = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if owner is None or owner.i != verb.i:
            continue
        if any(w in ent.text.lower() for w in words):
            return True
    return False


def _background(
    trigger: Token,
    own: list[Token],
    chain: list[Token],
    published: date | None,
    cues: FactualityCues,
) -> bool:
    """Whether the trigger's clause tells an earlier event as the background of the news
    (guide §1.7 `historical`): the moment a span or a comparison is counted from ("since
    November, when a bombing killed 26", "since it was agreed", "since the 2021 takeover"),
    an act dated a week or more before another ("came a week after militants attacked"), an
    act told in the frame of an old date it shares with its light verb, a coordinated clause or
    the clause a relative hangs on ("hosted a meeting in May, at which the sides pledged"), or
    past-perfect narration outside reported speech ("Iran had given them until May 31")."""
    hist = cues.historical
    intervals = cues.words("historical", "interval_nouns")
    report = cues.words("historical", "report_verbs")
    sequencing = cues.words("historical", "sequencing_marks")
    near = cues.words("historical", "recent_words")
    day_parts = cues.words("historical", "day_parts")
    placement = cues.words("historical", "placement_verbs")
    days = int(hist.get("days_before", 30))

    def recent(verb: Token) -> bool:
        # a date of the news period on the clause ("since the army widened it last week",
        # "by Tuesday they had exchanged fire") keeps the act part of the news
        for c in verb.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("by", "at", "before", "after", "until")
                and any(p.dep_ == "pobj" and p.lemma_.lower() in day_parts for p in c.children)
            ):
                return True  # "by nightfall", "at dawn": a time of the news day
        inside = {t.i for t in verb.subtree}
        for ent in _entities(verb.doc)[0]:
            if ent.label_ not in ("DATE", "TIME") or ent.root.i not in inside:
                continue
            if ent.root.head.lower_ in ("since", "until", "till", "for"):
                continue  # the bound or length of a span, not when the act happened
            if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj"):
                continue  # "days of fighting killed ...": a participant, not a time
            if set(ent.text.lower().split()) & near:
                return True  # "last week", "on Tuesday": resolved dates may not fill a month
            value = resolve_date(ent.text, published)[0]
            if value is not None and not _old_period(value, published, days):
                return True
        return False

    if trigger.dep_ == "pobj" and trigger.head.lower_ == "since":
        return True
    for t in own:
        if _told_at_old_date(t, published, days):
            # "in May, when missiles struck ...": the event is told at that earlier date
            return True
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and "since" in marks and not recent(t):
            return True
        if (
            t.dep_ == "advcl"
            and marks & {"after"}
            and t.head.lemma_.lower() in placement
            and any(c.dep_ == "npadvmod" and c.lemma_.lower() in intervals for c in t.children)
        ):
            return True
    # The date of the clause the trigger's clause is told in: its light verb ("last year,
    # constables staged a sit-in"), a coordinated clause ("accepted an ambassador in 2024, and
    # companies signed a deal") or the clause of the noun a relative clause describes ("hosted
    # a meeting in May, at which the sides pledged ...").
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            when = _frame_dates(c, published) if c.dep_ == "acl" else []
            if when and all(_old_period(w, published, days) for w in when) and not recent(c):
                return True  # "the last meeting, held in Islamabad in August 2025, ended ..."
    verbs = [t for t in own if t.pos_ in ("VERB", "AUX")]
    frame: Token | None = verbs[-1] if verbs else None
    if frame is None:
        # a noun trigger deep in its phrase ("staged a week-long sit-in"): its clause's verb
        frame = next((a for a in list(trigger.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if frame is None or (
            frame.i != trigger.i and frame.lemma_.lower() in report and not _takes_lives(frame)
        ):
            break
        when = _frame_dates(frame, published)
        if when:
            if all(_old_period(w, published, days) for w in when) and not recent(frame):
                return True
            break
        if _told_at_old_date(frame, published, days):
            # "in October 2025, when dozens were killed ...": told at that date
            return True
        relative = any(
            (c.dep_ == "prep" and any(p.lower_ == "which" for p in c.children))
            or (c.dep_ == "advmod" and c.lower_ == "when")
            for c in frame.children
        )
        # "in October 2025, fighting killed dozens before the two sides agreed": a clause
        # ordered in time against another shares its date
        ordered = any(c.dep_ == "mark" and c.lower_ in sequencing for c in frame.children)
        # "In early 2025, policemen blocked the highway, demanding ...": a bare participle
        # clause happens at the time of the clause it hangs on
        participle = frame.tag_ == "VBG" and not any(c.dep_ == "mark" for c in frame.children)
        if (
            frame.dep_ == "conj" or (frame.dep_ == "advcl" and (relative or ordered or participle))
        ) and frame.head.pos_ in ("VERB", "AUX"):
            # "..., at which the sides pledged": told at the time of the clause it hangs on
            frame = frame.head
        elif frame.dep_ == "relcl" and frame.head.dep_ in ("dobj", "pobj", "nsubj"):
            # "warnings voiced last year by members of parliament in Tashkent, who accused
            # ...": up through the phrase the antecedent sits in to the verb of its clause
            up = frame.head.head
            for _ in range(4):
                if up.pos_ in ("VERB", "AUX") or up.dep_ not in _NOUN_PHRASE_LINKS:
                    break
                up = up.head
            frame = up
            if frame.pos_ not in ("VERB", "AUX"):
                break
        else:
            break
    # Past perfect outside reported speech: narration of what came before the news. Under a
    # reporting verb ("said the group had tried") it is only the tense shift of the report,
    # and in "after they had fled" it orders two parts of the news.
    if not verbs:
        return False
    v = verbs[0]
    perfect = v.tag_ == "VBN" and _perfect(v, {"had"})
    if not perfect or recent(v):
        return False
    if any(c.dep_ == "mark" and c.lower_ in sequencing for c in v.children):
        return False
    return (
        not _reported(v, report)
        and not any(t.dep_ in ("ccomp", "parataxis") for t in chain)
        and not _attributed_after(chain, report)
    )


def hedges_passage(text: str, cues_path: str | Path | None = None) -> bool:
    """Whether a sentence doubts the accounts told before it ("The accounts could not be
    independently verified", "Neither account could be confirmed"): a hedge phrase of
    `alleged.words` whose subject is one of `alleged.account_nouns` (guide §7; fresh4 README,
    "Rival accounts and hedges"). "A claim officials did not confirm" is no such hedge."""
    cues, _ = _compiled(str(cues_path) if cues_path else None)
    low = text.lower()
    hedge = _PASSAGE_HEDGE.search(low)
    if hedge is None:
        return False
    # the accounts are the sentence's subject ("The accounts", "Neither account"), not a
    # figure it gives ("put the toll at 17, a figure that could not be verified")
    modal = _MODAL.search(low, hedge.start())
    before = re.findall(r"[a-z]+", low[: modal.start() if modal else hedge.start()])
    nouns = cues.words("alleged", "account_nouns")
    return len(before) <= 3 and any(w in nouns or w.rstrip("s") in nouns for w in before)


def hedged_owners(sent: Span) -> list[Token]:
    """The owners of the accounts a hedge sentence names ("Neither the group's figures nor
    the military's could be independently verified" → group, military): guide §8, "could not
    be verified" hedges exactly the accounts its sentence names, wherever they were told."""
    low = sent.text.lower()
    hedge = _PASSAGE_HEDGE.search(low) or _NAMED_HEDGE.search(low)
    if hedge is None:
        return []
    cut = sent.start_char + hedge.end()
    return [
        t
        for t in sent
        if t.idx < cut
        and t.pos_ in ("NOUN", "PROPN")
        and t.i + 1 < sent.end
        and t.doc[t.i + 1].lower_ in ("'s", "’s", "'", "’")
    ]


# "Neither the group's figures nor the military's could be independently verified"
_NAMED_HEDGE = re.compile(
    r"\bneither\b.{0,80}?\bcould be (?:independently )?(?:verified|confirmed)\b"
)
_MODAL = re.compile(r"\b(?:could|can)\b")
_PASSAGE_HEDGE = re.compile(
    r"\b(?:could|can) not be (?:independently )?(?:verified|confirmed)\b"
    r"|\bneither\b.{0,30}\bcould be (?:independently )?(?:verified|confirmed)\b"
)


def is_witness_source(text: str | None, cues_path: str | Path | None = None) -> bool:
    """Whether a source phrase ("residents", "two witnesses", "according to relatives") is an
    eyewitness account an article reports but does not confirm (`alleged.witnesses`)."""
    if not text:
        return False
    cues, _ = _compiled(str(cues_path) if cues_path else None)
    words = cues.words("alleged", "witnesses")
    official = cues.words("alleged", "official_sources")
    tokens = re.findall(r"[a-z]+", text.lower())

    def singular(t: str) -> set[str]:
        # "witnesses", "relatives", "villagers": the cue lists hold singular nouns
        return {t, t[:-1] if t.endswith("s") else t, t[:-2] if t.endswith("es") else t}

    if any(singular(t) & official for t in tokens):
        return False  # "local officials and relatives said": confirmed by officials
    return any(singular(t) & words for t in tokens)


def _disputed_account(sent: Span, trigger: Token, cues: FactualityCues) -> Token | None:
    """The verb of an appended ", a claim the Taliban dismissed", ", an allegation police
    denied", ", an account officials have not confirmed" after `trigger`: another party
    disputes the account the trigger is told in (guide §1.7 alleged)."""
    nouns = cues.words("alleged", "disputed_accounts")
    disputers = cues.words("alleged", "disputers")
    unconfirmed = cues.words("alleged", "unconfirmed")
    neg = cues.words("negation", "lemmas")
    for t in sent:
        if t.i <= trigger.i or t.lemma_.lower() not in nouns:
            continue
        # ", a claim …" / ", an allegation …": the noun opens an appended phrase
        if not (
            t.i - 2 >= sent.start
            and t.doc[t.i - 1].lower_ in ("a", "an")
            and t.doc[t.i - 2].text == ","
        ):
            continue
        for v in t.doc[t.i + 1 : min(t.i + 9, sent.end)]:
            if v.is_punct:
                break
            if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() in ("have", "be", "do"):
                continue
            low = v.lemma_.lower()
            if low in disputers:
                return v
            if low in unconfirmed and any(
                w.lower_ in neg or w.lemma_.lower() in neg for w in t.doc[t.i + 1 : v.i]
            ):
                return v
            break
    return None


# Verbs by which a report gives what it found ("the report said", "the survey found")
_FINDING_VERBS = _SAYS | {"find", "record", "document", "show", "add"}


def _found_by_a_report(trigger: Token, chain: list[Token], cues: FactualityCues) -> bool:
    """Whether the act is told as a report's finding ("The report said 30 returnees had been
    detained", "..., the report said", "the report also recorded 1,140 people flogged"): the
    abuses a report describes are the issuer's account (guide §10), not the reporter's."""
    nouns = cues.words("alleged", "findings_nouns")
    if not nouns:
        return False
    news = cues.words("alleged", "news_report_words")

    def by_report(verb: Token) -> bool:
        return verb.lemma_.lower() in _FINDING_VERBS and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in nouns
            and not any(m.lower_ in news for m in c.lefts)
            for c in verb.children
        )

    # the reporting verb above the act (a participle on a noun the report records counts:
    # "recorded 1,140 people flogged")
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            if by_report(cur):
                return True
            if cur.lemma_.lower() in _FINDING_VERBS:
                break
    # the attribution told after the act ("..., the report said"); not a report cited as the
    # reason for the act ("arrested five after a UN report said they had planned attacks")
    return any(
        c.dep_ in ("parataxis", "ccomp") and c.i > t.i and by_report(c)
        for t in chain
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _counter_account(chain: list[Token], cues: FactualityCues) -> bool:
    """Whether the act is told in what a party says while rejecting another's account ("rejected
    the criticism, saying police had been deployed at every mosque", "dismissed the report,
    saying those killed were villagers"): the rival version of a disputed matter, known only
    from that party (guide §1.7 alleged), not the article's own finding."""
    deniers = cues.words("negation", "content_deniers")
    for below, above in itertools.pairwise(chain[:5]):
        if (
            ((below.dep_ == "advcl" and below.tag_ == "VBG") or below.dep_ == "conj")
            and below.lemma_.lower() in _SAYS
            and above.pos_ == "VERB"
            and above.lemma_.lower() in deniers
        ):
            return True
    return False


# Nouns by which a denial names a statement told before it (", a charge Kabul denies").
_STATEMENT_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "assertion", "finding", "account"}
)


def _told_before_denial(clause: Token, verb: Token) -> bool:
    """Whether `clause`, hung by the parser before the governing `verb`, is a statement of its
    own: closed by a semicolon or answered by a noun that names it (", a charge X denies").
    The event extractor keeps its rows (guide §13), so they keep their own factuality rather
    than the denial's."""
    if clause.i > verb.i or clause.head.i != verb.i:
        return False
    if clause.dep_ not in ("ccomp", "advcl", "parataxis"):
        return False
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    return any(t.text == ";" for t in between) or any(
        t.dep_ == "dobj" and t.head.i == verb.i and t.lemma_.lower() in _STATEMENT_NOUNS
        for t in between
    )


def classify_factuality(
    sent: Span,
    trigger: Token,
    *,
    published: date | None = None,
    event_year: int | None = None,
    event_date: str | None = None,
    cues_path: str | Path | None = None,
    event_type: str | None = None,
) -> str:
    """The factuality value for `trigger` inside sentence `sent`.

    `event_year`, when the caller resolved the event's date, lets an explicitly old event be
    classified `historical` (older than `historical.years_before` years before `published`);
    `event_date` (YYYY, YYYY-MM or YYYY-MM-DD, the date the sentence itself gives) does the
    same for a period that ended more than `historical.days_before` days before publication
    ("in July" in a December article). `event_type`, when given, lets a denial whose trigger
    is the denied thing itself ("said it had 'no connection' with the blast", "no group has a
    base") be the denial made rather than a negated act.
    """
    cues, rx = _compiled(str(cues_path) if cues_path else None)
    neg_lemmas = cues.words("negation", "lemmas")
    neg_governors = cues.words("negation", "governors")
    fut_aux = cues.words("future", "aux")
    fut_governors = cues.words("future", "governors")
    hyp_aux = cues.words("hypothetical", "aux")
    hyp_markers = cues.words("hypothetical", "markers")
    alleged_governors = cues.words("alleged", "governors")

    chain = clause_chain(trigger, sent)
    # The trigger's own clause: the trigger plus, for a noun or participle, the verb it hangs on.
    own = (
        chain[:2]
        if trigger.pos_ in ("NOUN", "PROPN") or trigger.dep_ in ("xcomp", "pcomp")
        else chain[:1]
    )
    attended = with_clause_verb(trigger)
    if attended is not None:
        # "would start in September, with Taliban forces guarding the site": the attendant
        # act shares the tense of the clause it goes with
        own = [trigger, attended]
    governors = chain[1:]
    low = sent.text.lower()
    # the trigger's clause without the clauses hanging on it: "urged Pakistan to halt
    # deportations, saying returnees had nothing to go back to" is not negated, and "recalled
    # the envoy and postponed talks that had been due next week" is not future
    local_text = _clause_text(trigger) if trigger.pos_ == "VERB" else low

    if _trend_subject(trigger, cues):
        # "attacks have not fallen", "strikes rose sharply": the trend of many events is told,
        # and a negation is the trend's, not the events'
        return "generic"
    # A REJECT told by the negated thing it denies ("had 'no connection' with the attack",
    # "said no foreign group has a base in Afghanistan"): the negation is the denial's
    # content, and the denial itself was made (a denying verb, "did not deny", stays negated)
    denied_content = (
        event_type == "REJECT"
        and trigger.pos_ in ("NOUN", "PROPN")
        and trigger.lemma_.lower() not in cues.words("negation", "denial_nouns")
    )
    if (
        event_type == "AGREE"
        and trigger.lemma_.lower() in cues.words("negation", "pledge_verbs")
        and _negated(trigger, neg_lemmas)
        and _auxiliaries(trigger) & (fut_aux | {"would"})
        and not _frame_dates(trigger, published)
    ):
        # "would not allow anyone to use their territory": an assurance made, not an act denied
        return "asserted"
    litotes = cues.words("negation", "litotes_verbs")
    if (
        trigger.dep_ in ("xcomp", "pcomp")
        and trigger.head.lemma_.lower() in litotes
        and _negated(trigger.head, neg_lemmas)
        and not _negated(trigger, neg_lemmas)
        and (
            _auxiliaries(trigger.head) & (fut_aux | {"would"})
            or trigger.head.tag_ in ("VBP", "VBZ")
        )
    ):
        # "will not hesitate to strike the camps": readiness to act is asserted, the act
        # itself is threatened (guide §1.7 rule 2), not denied; "did not hesitate to bomb"
        # tells an act done
        return "hypothetical"
    if (
        trigger.dep_ in ("xcomp", "pcomp")
        and trigger.head.lemma_.lower() in litotes
        and _negated(trigger.head, neg_lemmas)
        and not _negated(trigger, neg_lemmas)
    ):
        return "asserted"
    # Negation: of the trigger itself, or a governor that says it did not happen.
    if not denied_content and any(_negated(t, neg_lemmas) for t in own):
        return "negated"
    if rx["neg_quant"] and rx["neg_quant"].search(local_text) and trigger.pos_ == "VERB":
        return "negated"
    disputed = _disputed_account(sent, trigger, cues)
    for below, g in zip(chain, [] if denied_content else governors, strict=False):
        if below.dep_ == "conj":
            break  # "would avoid taking sides and would continue to call": a clause of its own
        if below.dep_ == "advcl" and below.lemma_.lower() in _SAYS:
            # "dismissed the warning, saying the group had been crushed": what the speaker
            # says instead is asserted by him, not denied
            break
        if disputed is not None and g.i == disputed.i:
            break  # ", an allegation police denied": the account is contested, not denied
        if _told_before_denial(below, g):
            break  # "accused X of spying; X rejected the charge": a statement of its own
        if g.lemma_.lower() in neg_governors and g.pos_ == "VERB":
            return "negated"
        if g.lemma_.lower() in fut_governors or g.lemma_.lower() in alleged_governors:
            break
    top = chain[-1]
    if (
        not denied_content
        and top.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children)
        and top.head.lemma_.lower() in cues.words("negation", "content_nouns")
        and top.head.dep_ in ("dobj", "nsubjpass")
        and top.head.head.lemma_.lower() in cues.words("negation", "content_deniers")
    ):
        # "rejected reports that registered refugees were being pushed out": the account
        # whose content is denied (chains stop at a noun's clause, so the noun is looked at)
        return "negated"

    # "leaving the minister unable to attend", "are reluctant to shut clinics": an adjective
    # over the infinitive says the act cannot or may not happen
    # (a noun trigger through the verb it hangs on: "reluctant to shut clinics in protest")
    for t in chain[:3] if trigger.pos_ in ("NOUN", "PROPN") else chain[:1]:
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and has_to_marker(t):
            if t.head.lower_ in cues.words("negation", "adjectives"):
                return "negated"
            if t.head.lower_ in cues.words("hypothetical", "adjectives"):
                return "hypothetical"
            break
    # Hypothetical: conditional clause, or a modal of possibility on the trigger's own clause.
    for t in own:
        if any(c.dep_ == "mark" and c.lower_ in hyp_markers for c in t.children):
            return "hypothetical"
        if t.dep_ == "advcl" and any(c.lower_ in hyp_markers for c in t.children):
            return "hypothetical"
        if any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in hyp_markers for m in c.children)
            for c in t.children
        ):
            return "hypothetical"  # "will respond if attacks continue": the act on a condition
    potential = cues.words("hypothetical", "potential_nouns")
    if any(
        t.dep_ == "acl" and t.head.lemma_.lower() in potential and has_to_marker(t) for t in own
    ):
        # "reserves the right to respond", "the capability to strike", "reserves the right to
        # take action" (a noun trigger through its light verb)
        return "hypothetical"
    # A plot told in the past ("had been planning to attack", "fighters who had planned
    # attacks") is a foiled or unrealised act (guide §6); a plan told in the present
    # ("plans to hold talks") stays future.
    plotters = cues.words("hypothetical", "plot_governors")
    plotter = next(
        (
            g
            for g in chain[1:3]
            if g.lemma_.lower() in plotters
            and (trigger.head.i == g.i or trigger.head.head.i == g.i)
            and trigger.dep_ in ("xcomp", "dobj", "ccomp")
        ),
        None,
    )
    if plotter is not None and (
        plotter.tag_ in ("VBD", "VBN")
        or _perfect(plotter, {"had", "was", "were"})
        or (plotter.tag_ == "VBG" and _perfect(plotter, {"was", "were", "been"}))
    ):
        return "hypothetical"
    # A future-in-the-past ("said it would allow") is a commitment, not a conditional; so is
    # one the attribution follows ("... would be detained, he said").
    reported = any(g.lemma_.lower() in _SAYS for g in governors) or _attributed_after(chain, _SAYS)
    # "added that China would provide training", "pledged that the Emirate would deploy a
    # force", "predicted that the group would attempt assaults": a future told by these
    # verbs is as plain as under "said" (a condition or a threat is caught apart)
    told = reported or any(
        g.lemma_.lower() in cues.words("future", "reporting_verbs") for g in governors[:2]
    )
    for t in own:
        aux = _auxiliaries(t)
        if (aux & hyp_aux and not ("would" in aux and told)) and (
            aux & {"could", "might", "may"} or not reported
        ):
            return "hypothetical"

    for t in own:
        if (_auxiliaries(t) & (fut_aux | {"would"})) and _on_a_condition(t, cues):
            return "hypothetical"
    # Future.
    for t in own:
        if _auxiliaries(t) & fut_aux or (told and "would" in _auxiliaries(t)):
            return "future"
        if (
            cues.future.get("going_to", True)
            and has_to_marker(t)
            and t.head.lemma_ == "go"
            and t.head.tag_ == "VBG"
        ):
            return "future"
    # "said they would keep their shops shut to mourn the dead and to demand ...", "will
    # travel to Kabul to meet Muttaqi": the purpose of an act still to come is to come too
    purpose = trigger
    if purpose.dep_ == "conj" and has_to_marker(purpose) and purpose.head.pos_ == "VERB":
        purpose = purpose.head
    if (
        # (an agreement row is the pledge, made now, as a stated intention is coded)
        event_type != "AGREE"
        and purpose.pos_ == "VERB"
        and purpose.dep_ in ("advcl", "xcomp")
        and has_to_marker(purpose)
        and purpose.head.pos_ == "VERB"
    ):
        aux = _auxiliaries(purpose.head)
        said = told or _reported(purpose.head, _SAYS | cues.words("future", "reporting_verbs"))
        if aux & fut_aux or (said and "would" in aux and not aux & {"could", "might", "may"}):
            return "future"
    # "announced that the two sides have agreed": a complement told as done is not to come
    done = trigger.tag_ == "VBD" or (
        trigger.tag_ == "VBN" and _has_aux(trigger, {"has", "have", "had"})
    )
    for g in governors[:2]:
        if (
            g.lemma_.lower() in fut_governors
            and trigger.dep_ in ("xcomp", "ccomp")
            and trigger.head.i == g.i
            and not (trigger.dep_ == "ccomp" and done)
        ):
            return "future"
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in cues.words("future", "plan_nouns")
        and has_to_marker(trigger)
    ):
        return "future"  # "approved a plan to deploy 1,500 troops", "a proposal to build"
    if planned_noun(trigger, cues_path):
        return "future"  # "endorsed a plan for joint exercises in September"
    if trigger.tag_ == "VB" and has_to_marker(trigger):
        # "was due to travel on Thursday", "committed to establishing mechanisms and to meet
        # again on October 25": an infinitive an arrangement or a pledge looks forward to
        scheduled = cues.words("future", "adjectives")
        for g in governors[:4]:
            if g.pos_ == "ADJ" and g.lower_ in scheduled:
                return "future"
            if g.pos_ == "VERB" and g.lemma_.lower() in fut_governors and g.tag_ != "VBG":
                return "future"
            if g.pos_ == "VERB" and g.lemma_.lower() not in fut_governors:
                break
    if rx["future"] and rx["future"].search(
        _clause_text(trigger, pledged=True)
        if trigger.lemma_.lower() in fut_governors
        else local_text
    ):
        # "agreed to open a trading house next year": the time of what was agreed, not of the
        # agreeing
        return "future"

    years_before = int(cues.historical.get("years_before", 2))
    days = int(cues.historical.get("days_before", 30))
    dated_old = _old_period(event_date, published, days) or (
        event_year is not None
        and published is not None
        and event_year <= published.year - years_before
    )
    # An act dated well in the past is one instance even beside a habit told in another
    # clause ("In 2023 the group killed a governor, and it has repeatedly attacked mosques").
    habit_scope = _clause_text(trigger) if dated_old else low
    if rx["generic"] and rx["generic"].search(habit_scope):
        return "generic"
    # "said on Monday that it had recorded hundreds of cases since January": the count and
    # the span are the findings a statement of the day gives (guide §10, "Publishing a
    # report"), not a record kept up; "rights groups have documented dozens of cases" is
    findings_told = (
        event_type == "ACCUSE"
        and trigger.lemma_.lower() in cues.words("generic", "documenting_verbs")
        and trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in _SAYS
    )
    if not findings_told and (_continuing(own, cues) or _many_instances(trigger, own, cues)):
        return "generic"
    if _ordinal_of_a_span(trigger):
        return "generic"
    if _advised_against(trigger):
        return "generic"
    if any(
        g.lemma_.lower() in alleged_governors
        and (
            _continuing([g], cues)
            or (
                g.lemma_.lower() in cues.words("generic", "standing_positions")
                and _habitual_present(g, cues)
            )
            or _standing_charge(g, cues)
        )
        for g in governors[:3]
    ):
        # "has long accused India of financing the group", "Islamabad accuses Kabul of
        # sheltering fighters": what a standing charge charges is no dated act either
        return "generic"
    if (
        trigger.tag_ == "VBG"
        and (
            _perfect(trigger, {"is", "are", "am"})
            # told under a reporting verb the past progressive is the speaker's present: "said
            # the Taliban were fighting the group" ("are fighting")
            # "have been calling for revenge": an activity kept up over a span
            or (_perfect(trigger, {"been"}) and _perfect(trigger, {"has", "have", "had"}))
            # "said the group was recruiting among migrants", "confirmed that terrorists were
            # killing soldiers": a past progressive in reported speech is the speaker's
            # present, an activity kept up (not an act caught in progress, which is told
            # outside a report: "were attacking a post when troops arrived")
            or (
                _perfect(trigger, {"was", "were"})
                # a statement or probe under way is what the speaker does now ("said they
                # were examining the claim"), one act of the day
                and event_type not in _STATEMENT_TYPES
                and not _speakers_own(trigger)
                and trigger.dep_ in ("ccomp", "conj")
                and _reported(trigger, _SAYS)
                and not any(c.dep_ == "advcl" for c in trigger.children)
            )
        )
        and not _frame_dates(trigger, published)
    ):
        return "generic"  # "Pakistan is also deporting Afghans": a campaign under way
    if trigger.tag_ == "VBG" and trigger.dep_ == "csubj":
        # "Sending families back in winter is not a safe return": a kind of act, named as
        # what something is said of
        return "generic"
    if _kind_of_act(trigger, cues):
        return "generic"
    if _habitual_present(trigger, cues) or _has_aux(trigger, cues.words("generic", "ability_aux")):
        # "the report's finding that the TTP receives help from al-Qaeda", "the resistance
        # can mount small raids": what a party does or is able to do, no one act
        return "generic"
    if _standing_state(trigger, cues) or _universal_agent(own, cues):
        return "generic"
    if _group_defeated(trigger, cues) and not dated_old:
        return "generic"
    if _standing_restrictions(trigger, cues) and not dated_old:
        return "generic"
    if _kept_up(trigger, cues) or _standing_charge(trigger, cues):
        return "generic"
    if _described_record(trigger, cues):
        return "generic"
    if _narrated_record(trigger, sent, event_type, reported):
        return "generic"
    if event_type == "AID" and _support_charged(trigger, cues):
        return "generic"
    aggregate = None if findings_told else _aggregate(trigger, own, cues)
    if aggregate == "strong":
        return "generic"

    if dated_old or _set_in_the_past(trigger, sent, published, cues) or _told_then(own, cues):
        return "historical"
    if aggregate == "weak":
        return "generic"
    past = rx["historical"].search(_RECENT_SPAN.sub(" ", low)) if rx["historical"] else None
    if past is not None:
        before = [t.lower_ for t in trigger.doc[max(trigger.i - 4, sent.start) : trigger.i]]
        # (the parser may take "has in the past moved" for "has" over an adjective)
        # "has gone further in the past, accusing India of ...": a participle clause shares
        # the perfect of the verb it hangs on
        participle_of = (
            trigger.head if trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "xcomp") else None
        )
        if past.group(0) == "in the past" and (
            _perfect(trigger, {"has", "have"})
            or (participle_of is not None and _perfect(participle_of, {"has", "have"}))
            or (before in (["has", "in", "the", "past"], ["have", "in", "the", "past"]))
        ):
            # "has in the past moved troops to the border", "have in the past accused": an
            # undated record of acts, no specific past event (guide §13 rule 3)
            return "generic"
        return "historical"
    if _background(trigger, own, chain, published, cues):
        return "historical"
    if _described_earlier(chain, cues):
        return "historical"

    for below, g in zip(chain, governors[:3], strict=False):
        if g.lemma_.lower() in alleged_governors and not _takes_lives(g):
            if below.dep_ == "conj" and below.pos_ in ("VERB", "AUX"):
                # "it estimated that ... and it acknowledged that ...": a second act of the
                # source's own, coordinated with the finding, not part of what it found
                break
            return "alleged"
    if _rival_figure(trigger, chain, sent):
        return "alleged"
    if (
        event_type == "AID"
        and trigger.lemma_.lower() in cues.words("alleged", "patronage_verbs")
        and _passive(trigger)
        and reported
    ):
        # "said the bomber had been trained in Afghanistan": who armed or paid an attacker is
        # known only from the speaker's account (guide §11: support of particular people)
        return "alleged"
    # "The accounts could not be verified, as journalists are barred from the area": a
    # reason clause gives a fact of its own, which the hedge of its main clause does not doubt
    reason = trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in trigger.children
    )
    hedge_scope = _clause_text(trigger) if reason else _without_descriptions(sent, trigger, low)
    if rx["alleged"] and rx["alleged"].search(_unhedged_phrases(sent, hedge_scope, cues)):
        return "alleged"
    if disputed is not None and (
        any(g.lemma_.lower() in _SAYS or g.lemma_.lower() in alleged_governors for g in governors)
        or disputed.i in {g.i for g in governors}
    ):
        # "The front said its fighters had killed 11 Taliban, a claim the Taliban dismissed":
        # what one party reports and another disputes is that party's account
        return "alleged"
    if _victims_own_account(trigger, cues):
        return "alleged"
    if event_type not in _STATEMENT_TYPES and _found_by_a_report(trigger, chain, cues):
        return "alleged"
    if event_type not in _STATEMENT_TYPES and _counter_account(chain, cues):
        return "alleged"
    return "asserted"
