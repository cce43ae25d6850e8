"""Propositions: the contested statements claims are about, and each claim's side.

`PropositionMatcher.assign(claims)` (`assign_many` for several documents) embeds each claim's
sentence once (MiniLM, see `watchfloor.nlp.embeddings`), pools the content's vector from that
same pass (`claim_vectors`), and scores every proposition of `analyze/data/propositions.yaml`
(plus the user's own file named by the environment variable `WATCHFLOOR_PROPOSITIONS`)
against a "none of them" option. The scorer is a small conditional-logit model
(`analyze/data/proposition_model.json`, written by `scripts/train_propositions.py`): its
features are the similarity of the claim to the proposition's own sentences (text and
paraphrases), to hand-labelled example claims of that proposition, keyword hits, a penalty
when the sentence names none of a group of the proposition's `requires` cues, a second one
when only the sentence around the content names them, a margin by which the content is
closer to one of the proposition's `none` sentences (on its topic, not stating it: "the TTP
claimed the attack") than to its own, and — for the "none" option — the similarity to labelled
claims about no proposition or to any proposition's `none` sentences, whichever is closer. The
topic may also be named in the previous claim's sentence of the same article ("The group said
1,200 people had been detained" after a sentence on Afghan refugees): a pronoun-like subject
points back, so that sentence lifts the missing-topic penalty (`document_contexts`); a topic
named only further back in the article ("the dead included a cleric and his family" several
claims after the air strikes) has a feature of its own, which softens the penalty less.
Where a proposition is set may be named once for the whole article (the province struck, the
side of the border) and left out of its claims: a proposition's `requires_in_article` groups
must be named by some claim sentence of the claim's article (`article_texts`), else the claim
counts as missing its topic ("civilian deaths in drone strikes in the tribal districts" in an
article that never names the Afghan side is about a state's strikes at home); a background
sentence ("In December 2025 Pakistani jets struck Paktika") places only its own claims.
An article is mostly about one or two disputes, so a second pass adds what the first said of
the article's other claims (`document_support`): "the group's cells were run from
Afghanistan" in an account of Islamic State plots is that group's reach, not Afghan soil.
Because the weights are shared by all
propositions, a proposition with no labelled examples (a user's own) is still scored through
its paraphrases. A model file may also give a proposition a prior of its own
(`proposition_bias`, `scripts/train_propositions.py --bias-l2`); a proposition it does not
name has none. Without the model file the matcher falls back to a plain similarity
threshold.

What the data files say, and why. A proposition's `requires` name its *topic* (who or what it
is about: the TTP, ISKP, refugees), its `keywords` the *predicate* — the words by which a claim
asserts or contests it (sheltering, launched from, forcibly, defeated). Annotators label a
claim only when its content states the proposition, not when it merely shares the topic
("the TTP has carried out 600 attacks" is about no proposition), so a topic word alone must
not look like evidence: it is a requirement, and only predicate words earn the keyword bonus.

Overlapping propositions. Three propositions share "militants in Afghanistan"; the gold
resolves them by what the content asserts, and the data files follow that rule:

* `foreign-militants-in-afghanistan` — non-Pakistani groups (al-Qaeda, ETIM/Uyghur fighters,
  "foreign fighters") are present or operate there, whatever the wording ("no foreign fighters
  on Afghan soil" is here, not under Afghan soil). Its `requires` name such groups.
* `taliban-shelter-ttp` — the Taliban's conduct toward Pakistani militants: sheltering, hosting,
  protecting, supporting, safe havens, and where the TTP's leaders and hideouts are.
* `afghan-soil-used-against-pakistan` — Afghan territory as the origin of attacks on Pakistan:
  militants operating, crossing or infiltrating from it, attacks launched or planned there,
  camps used for attacks, Kabul's duty to deny its soil — whichever group is named ("the TTP
  operates from Afghan soil" is here), and its denial that Pakistan's insecurity is its own
  ("the TTP is Pakistan's internal problem").

The side comes from the closest sentence of the chosen proposition (a paraphrase or an
example claim), because embeddings barely notice negation: that sentence's side is kept when
the claim's stance equals the sentence's (a negated paraphrase counts as a denial, an example
claim has its annotated stance), and flipped otherwise — "a Taliban spokesman said no group
is allowed to use Afghan soil against neighbours" and "Mujahid denied that Afghan soil was
used" are both *against* "Afghan territory is used to attack Pakistan". An example claim
that only points at another ("the accusations as baseless") has no side of its own and does
not vote. A sentence negated as the claim's content is (both or neither) counts as a little
closer (`SIDE_SAME_NEGATION`): "ISKP no longer has any base" is then compared with "ISKP has
no organised presence", not with "ISKP has lost its strongholds", whose side a negation would
wrongly flip.

A claim that only points at another ("rejected the accusation", "a claim the Taliban
rejected") takes the proposition of a nearby claim of its article (`resolve_pointers`): the
claim its own sentence goes on to state, else a recent earlier one — one whose topic the
pointer's sentence names first, so "India rejected similar accusations" after claims about
Afghan soil and about India goes to India; a claim of the next sentence whose topic the
pointer's sentence names counts as named too ("The Taliban also rejected the minister's
charge. 'No one may use Afghan soil …'"). A pointer right after an account about none of the
propositions (the last claim sentence before it, up to two back) answers that account and
stays unassigned, unless its sentence names a topic. Its side is that of the statement its
speaker goes on to make in its own sentence ("dismissed the claims, insisting there was no
fighting anywhere"), else that of the account it answers, turned round when it denies (by its
stance, or its verdict: 'called the report "a collection of rumours"') — so a denial of an
account against a proposition ("the resistance said it had overrun a post") is for it.

`propose_new` clusters claims that match no proposition, so recurring new disputes can be
suggested to an analyst (`watchfloor propositions suggest`).
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from watchfloor.records import ClaimRecord

DATA_PATH = Path(__file__).parent / "data" / "propositions.yaml"
MODEL_PATH = Path(__file__).parent / "data" / "proposition_model.json"
ENV_VAR = "WATCHFLOOR_PROPOSITIONS"
# How claim vectors are made (see `claim_vectors`): stored example vectors of another kind
# are recomputed.
VECTOR_KIND = "all-MiniLM-L6-v2-onnx-int8/content-pooled-in-sentence"
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# "anything but voluntary" negates as surely as "not voluntary".
_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|nobody|none|nothing|neither|nor|no-one|cannot)\b|n't\b"
    r"|\banything\s+but\b",
    re.IGNORECASE,
)
# A content that itself rejects an account ("it categorically rejects the claim that TTP
# fighters were based in Afghanistan") says no to what follows, like a denial cue would.
_DISAVOWAL_RE = re.compile(
    r"\b(?:reject|den(?:y|ies|ied)|dismiss|refut)\w*(?:\s+[\w'’-]+){0,2}?\s+"
    r"(?:the\s+|these\s+|those\s+|such\s+|all\s+)?"
    r"(?:claims?|allegations?|accusations?|charges?|reports?|assertions?|suggestions?)\s+that\b",
    re.IGNORECASE,
)
# A statement whose verb is a denial says no as surely as "not" does: "New Delhi denied any
# involvement" is a denial, so a claim denying involvement sides with it, not against it.
# ("deny its territory to militants", "deny them sanctuary" refuse them a place: a demand.)
_DENIAL_RE = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|den(?:y|ies|ied|ying)\b(?!\s+(?:the\s+use|use|them|(?:its|their|the)\s+(?:own\s+)?"
    r"(?:territory|soil|land)|(?:any\s+)?(?:space|sanctuar|safe\s+haven|haven|territory|soil"
    r"|access|shelter|refuge))))\b"
    # "rejected the claim" only points at an account (its side is its stance's, see
    # `resolve_pointers`); "rejected the claim that …" is `_DISAVOWAL_RE`'s.
    r"(?!(?:\s+[\w'’-]+){0,2}?\s+(?:claims?|allegations?|accusations?|charges?|reports?"
    r"|assertions?|suggestions?|findings?|accounts?)\b)",
    re.IGNORECASE,
)
# A verdict that an account is false says no to it ("reports of its resurgence were
# exaggerated", "talk of foreign fighters is propaganda"), on whichever side the sentence
# stands: only then do a verdict claim and a verdict paraphrase agree on their side. Up to
# three words may come between ('was "based on the propaganda of …"').
_VERDICT_WORDS = (
    r"(?:baseless|unfounded|groundless|untrue|false|fake|fabricat\w*|concocted|invented"
    r"|propaganda|rumou?rs?|nonsense|absurd|ridiculous|misleading|exaggerat\w*)"
)
# Only a verdict passed on something ("were exaggerated", "as propaganda", "fabricated
# claims"), not the word as a plain noun ("the group's propaganda has grown").
_VERDICT_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|as|called|calling|remains?)\s+[\"“‘']?"
    r"(?:[\w'’-]+\s+){0,3}?[\"“‘']?" + _VERDICT_WORDS + r"\b"
    r"|\b" + _VERDICT_WORDS + r"\s+(?:claims?|allegations?|accusations?|charges?|reports?"
    r"|stories|news|narratives?)\b|\bpropaganda\s+that\b",
    re.IGNORECASE,
)
# In a pointer, which has no statement of its own, any verdict word judges the account it
# names ('the report "a collection of rumours supplied by enemies"').
# Also the speaker's dismissal of its motive or truth ("pure fiction", "an attempt to pin its
# own failures on others", "to shift the blame"), which only a pointer's label can be.
_VERDICT_WORD_RE = re.compile(
    r"\b(?:" + _VERDICT_WORDS + r"|fiction|lies|smears?|slander\w*|malicious|distort\w*"
    r"|scapegoat\w*|deflect\w*|blame\s+game|recycled"
    r"|(?:pin|shift|put|push)\w*\s+(?:\w+\s+){0,4}?(?:on|onto)\s+(?:others|someone\s+else)"
    r"|shift\w*\s+(?:the\s+)?blame|(?:own|internal)\s+failures?)\b",
    re.IGNORECASE,
)
# Negative words that assert: litotes ("no longer a secret", "no doubt", "not only … but")
# and "no longer" before a state that has become true ("no longer hidden").
_LITOTES_RE = re.compile(
    r"\b(?:no|not)\s+(?:longer\s+)?(?:an?\s+)?(?:secret|doubt|hidden|deniable)\b"
    r"|\bnot\s+only\b|\b(?:cannot|can\s+no\s+longer)\s+be\s+(?:denied|hidden)\b"
    # "were detained and have not been heard from since": a disappearance, asserted
    r"|\b(?:not|never)\s+(?:been\s+)?(?:seen|heard)\s+(?:from\s+|of\s+)?(?:again|since)\b"
    # "would not hesitate to strike the hideouts": a readiness to act, stated
    r"|\b(?:not|never)\s+hesitate\b"
    # "those who send killers across the border will not be spared": a punishment promised,
    # which asserts the deed it answers
    r"|\b(?:will|would|shall)\s+not\s+(?:be\s+spared|go\s+unpunished"
    r"|escape\s+(?:punishment|justice))\b",
    re.IGNORECASE,
)
# Nor does a hedge on the speaker's evidence that trails the statement: "the bomber had
# crossed from Afghanistan, though he offered no evidence for this" asserts the crossing (the
# guide's "without evidence", a hedge). A content that is itself about the evidence ("Pakistan
# has offered no proof") keeps its negation: the clause must follow a concessive word.
_EVIDENCE_HEDGE_RE = re.compile(
    r"\b(?:though|although|but|yet)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:has|have|had|did|does|do)\s+not\s+)?"
    r"(?:offer|provid|gave|giv|present|produc|cit|show|shar)\w*\s+"
    r"(?:no\s+|any\s+)?(?:evidence|proof)\b[^;.]*",
    re.IGNORECASE,
)
# A corrective "not" after a comma sets the statement against a wrong reading of it and so
# asserts it: "the Taliban see the TTP as brothers, not as a problem", "the dead were
# civilians, not militants", "the group is adapting, not disappearing". ("Not only" is
# `_LITOTES_RE`'s.) The clause runs from the comma to the next comma or stop.
_CONTRAST_RE = re.compile(r",\s*(?:and\s+)?not\s+(?!only\b)[^,;.]*", re.IGNORECASE)
# A clause set against the statement after it ("…, but it cannot afford a long war"): its
# negation is about its own matter, unless that matter is the proposition's (`_statement_of`).
_TRAILING_CONTRAST_RE = re.compile(r"[,;]\s*(?:but|yet)\s+[^,;.]*$", re.IGNORECASE)
# A negation inside a condition does not negate what the content asserts: "a truce means
# little if Kabul cannot restrain the militants on its soil", "threatened with closure if they
# did not comply". The clause runs from "if"/"unless"/"whether" to the next comma or stop.
_CONDITION_RE = re.compile(r"\b(?:if|unless|whether)\b[^,;.]*", re.IGNORECASE)
# Nor does one inside a guarantee the speaker demands: "we asked for a written commitment that
# Afghan soil will not be used against Pakistan" says the soil is used, as "Kabul must stop
# its territory being used" does. A guarantee given ("Kabul gave a commitment that …") keeps
# its negation: that is the pledge itself.
_DEMANDED_RE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|want(?:s|ed)?|seek(?:s|ing)?|sought"
    r"|(?:call|press|push)(?:s|es|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on)\b"
    r"(?:\s+[\w'’:,-]+){0,5}?\s+(?:commitments?|guarantees?|assurances?|pledges?|undertakings?)"
    r"\s+that\b[^;.]*",
    re.IGNORECASE,
)

# A threat of the speaker's own strikes names the border as where they would land ("would
# strike militant hideouts wherever they are, including across the border"): the place of
# the threatened action, not the origin of attacks that "from across the border" states.
_THREAT_RE = re.compile(
    r"\b(?:will|would|shall)\s+(?:not\s+hesitate\s+to\s+)?"
    r"(?:strike|hit|target|pursue|go\s+after|attack|bomb|act)\b",
    re.IGNORECASE,
)
_STRUCK_PLACE_RE = re.compile(
    r"(?:\b(?:including|even|also)\s+)?\b(?:across|beyond"
    r"|on\s+(?:any|either|both|the\s+other)\s+sides?\s+of)\s+the\s+(?:border|frontier)\b",
    re.IGNORECASE,
)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# Where the threat's own clause ends: a place named after it belongs to another statement.
_CLAUSE_END_RE = re.compile(r"[.;:!?]")


def _without_struck_place(text: str) -> str:
    """`text` less the place a threatened strike would land: a border named after the threat
    verb in the threat's own clause. One named before it ("militants who fled across the
    border would attack again") or "from across the border" is where attacks come from."""
    pieces: list[str] = []
    done = 0
    for threat in _THREAT_RE.finditer(text):
        if threat.start() < done:
            continue
        end = _CLAUSE_END_RE.search(text, threat.end())
        stop = end.start() if end else len(text)
        clause = text[threat.end() : stop]
        pieces.append(text[done : threat.end()])
        pieces.append(
            _STRUCK_PLACE_RE.sub(
                lambda hit: (
                    hit.group(0) if _FROM_BEFORE_RE.search(hit.string, 0, hit.start()) else " "
                ),
                clause,
            )
        )
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


# A motive imputed to a deed ("shelled villages to hide its own security failures", "trying to
# cover up its failures") names no blame answered: the guide keeps it null (§9, session 4),
# while the retort that Pakistan blames its neighbours for its failures is Afghan soil's
# denial. So the failures hidden are no predicate; "blaming" beside them still is.
_MOTIVE_RE = re.compile(
    r"\b(?:to|trying\s+to|tries\s+to|tried\s+to|in\s+order\s+to)\s+"
    r"(?:hide|cover\s+up|conceal|mask)\s+(?:its|their|his|the\s+country's|\w+'s)\s+"
    r"(?:own\s+)?(?:\w+\s+){0,2}?failures?\b",
    re.IGNORECASE,
)


def _keyword_text(text: str) -> str:
    """The part of a claim text whose words may state a predicate (see `_MOTIVE_RE` and
    `_without_struck_place`)."""
    return _MOTIVE_RE.sub(" ", _without_struck_place(text))


# "The Taliban deny this.", "rejected all of this": a pronoun alone can only point back.
_BARE_POINTER_RE = re.compile(
    r"^(?:all\s+(?:of\s+)?)?(?:this|that|these|those|it|them)$", re.IGNORECASE
)


_AS_VERDICT_RE = re.compile(r"\s+as\s+", re.IGNORECASE)
# 'rejected what he called "baseless allegations"': the speaker's own name for an account
# already given is still only a pointer at it.
_WHAT_CALLED_RE = re.compile(
    r"^what\s+(?:[\w'’-]+\s+){1,3}?(?:called|calls|termed|terms|dubbed|described\s+as)\s+",
    re.IGNORECASE,
)
# What may follow a pointer noun without making it a statement: where or when it was made.
_PLACE_TIME_RE = re.compile(
    r"\s+(?:in|on|at|during|via|through|over|earlier|last|this|yesterday)\b", re.IGNORECASE
)
_CONTENT_LINK_RE = re.compile(r"\b(?:that|of|about|which|who|by|against|from)\b", re.IGNORECASE)
# A content cut off before its point ("We went to the talks in good faith, but"): the
# sentence says what the content does not.
_TRUNCATED_RE = re.compile(
    r"(?:,|\b(?:but|and|or|that|which|who|because|while|if|of|to|the|a|an))\W*$", re.IGNORECASE
)
# "calling them 'deliberate misinformation'", "described it as 'fabricated'": a pronoun that
# only carries the speaker's label for an account already given points back like "this".
_LABELLED_PRONOUN_RE = re.compile(
    r"^(?:all\s+(?:of\s+)?)?(?:this|that|these|those|it|them)\s+(?:as\s+)?[\"“‘']",
    re.IGNORECASE,
)
# 'called the report "a collection of rumours"', 'said the findings were "based on
# propaganda"': a pointer noun followed by the speaker's quoted verdict on it (directly as a
# noun phrase, or after "as" or a copula) carries no statement of its own.
_LABELLED_NOUN_RE = re.compile(
    r"^\s*(?:(?:as|is|are|was|were|(?:has|have|had)\s+been)\s+[\"“‘']"
    r"|[\"“‘'](?:a|an|the|nothing|pure|mere|just)\b)",
    re.IGNORECASE,
)


def _pointer_text(text: str) -> str:
    """A claim content as a pointer reads it: unquoted, and a speaker's own name for an
    account ('what he called "baseless allegations"') standing for it as "the …" would."""
    content = text.strip(" \"'“”‘’.")
    called = _WHAT_CALLED_RE.match(content)
    if called:
        content = "the " + content[called.end() :].strip(" \"'“”‘’")
    return content


class PropositionFileError(ValueError):
    """A propositions file is unreadable or does not follow the schema."""


@dataclass
class Proposition:
    id: str
    text: str
    paraphrases_for: list[str] = field(default_factory=list)
    paraphrases_against: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    # The topic: groups of word beginnings; each group must be named somewhere in the claim's
    # sentence (speaker included) for the claim to be about this proposition without a
    # penalty, and in the content itself to avoid a smaller one. (`keywords` is the predicate.)
    # A term starting with `WEAK_MARK` counts only beside a plain term of its group.
    requires: list[list[str]] = field(default_factory=list)
    # Sentences on the proposition's topic that do not state it ("the TTP claimed the
    # attack"): a claim closer to one of them than to the proposition's own sentences is
    # about the topic only.
    contrasts: list[str] = field(default_factory=list)
    # Where the proposition is set, which an article names once (its dateline, the province
    # struck) and its claims then leave out: groups of word beginnings that the claim
    # sentences of the claim's article must name somewhere. An article that never does is
    # about somewhere else ("drone strikes in the tribal districts" are a state's own).
    requires_in_article: list[list[str]] = field(default_factory=list)
    # Whom the proposition's harm is aimed at, when a claim may aim it elsewhere: a content that
    # names as the target ("against X", "threaten X", "harm X") one of `other_targets` and none
    # of `own_targets` is about another target, not this proposition ("Afghan soil will not be
    # used against Kazakhstan"; but "against China or any other country" includes Pakistan).
    other_targets: list[str] = field(default_factory=list)
    own_targets: list[str] = field(default_factory=list)

    def aims_elsewhere(self, content: str) -> bool:
        if not self.other_targets:
            return False
        low = content.lower()
        aimed = _target_pattern(tuple(self.other_targets))
        return bool(aimed.search(low)) and not _names_any(tuple(self.own_targets), low)


@functools.lru_cache(maxsize=64)
def _target_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:against|threaten\w*|harm\w*|target\w*)\s+(?:the\s+)?(?:"
        + "|".join(
            re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t) + r"\b" for t in terms
        )
        + ")(?!-)"
    )


@functools.lru_cache(maxsize=4096)
def _any_word_start(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that finds any of `terms` at a word start (None for no terms: then nothing
    is found), compiled once. One search per group instead of one per term: the matcher tests
    every claim sentence against every group."""
    if not terms:
        return None
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(t) for t in terms) + ")")


def _names_any(terms: tuple[str, ...], low: str) -> bool:
    pattern = _any_word_start(terms)
    return pattern is not None and pattern.search(low) is not None


@functools.lru_cache(maxsize=1024)
def _split_requirements(
    groups: tuple[tuple[str, ...], ...],
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per `requires` group: (the strong terms, the weak terms without their mark)."""
    return [
        (
            tuple(t for t in g if not t.startswith(WEAK_MARK)),
            tuple(t[len(WEAK_MARK) :] for t in g if t.startswith(WEAK_MARK)),
        )
        for g in groups
    ]


def is_negated_text(text: str) -> bool:
    """Lexical negation test for short statements (paraphrases, claim contents)."""
    unquoted = re.sub(r"[\"“”]", "", text)  # 'it "categorically rejects" the claim that'
    plain = _DEMANDED_RE.sub(
        " ",
        _CONDITION_RE.sub(
            " ", _LITOTES_RE.sub(" ", _CONTRAST_RE.sub(" ", _EVIDENCE_HEDGE_RE.sub(" ", text)))
        ),
    )
    return bool(
        _NEGATION_RE.search(plain)
        or _DENIAL_RE.search(plain)
        or _VERDICT_RE.search(plain)
        or _DISAVOWAL_RE.search(unquoted)
    )


@functools.lru_cache(maxsize=16384)
def _is_negated_cached(text: str) -> bool:
    return is_negated_text(text)


def _load_file(path: Path) -> tuple[dict[str, Any], list[Proposition]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PropositionFileError(f"{path}: cannot read propositions: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("propositions"), list):
        raise PropositionFileError(f"{path}: expected a mapping with a 'propositions' list")
    props = []
    for n, item in enumerate(raw["propositions"], 1):
        where = f"{path}: proposition #{n}"
        if not isinstance(item, dict):
            raise PropositionFileError(f"{where}: must be a mapping")
        pid, text = item.get("id"), item.get("text")
        if not isinstance(pid, str) or not _ID_RE.match(pid):
            raise PropositionFileError(f"{where}: 'id' must be a slug like 'taliban-shelter-ttp'")
        if not isinstance(text, str) or not text.strip():
            raise PropositionFileError(f"{where} ({pid}): 'text' must be a non-empty sentence")
        lists = {}
        for key in ("for", "against", "keywords", "actors", "none", "other_targets", "own_targets"):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PropositionFileError(f"{where} ({pid}): '{key}' must be a list of strings")
            lists[key] = value
        groups = {}
        for key in ("requires", "requires_in_article"):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(
                isinstance(g, list) and g and all(isinstance(v, str) for v in g) for g in value
            ):
                raise PropositionFileError(
                    f"{where} ({pid}): '{key}' must be a list of lists of words"
                )
            groups[key] = [[v.lower() for v in g] for g in value]
        unknown = set(item) - {
            "id",
            "text",
            "for",
            "against",
            "keywords",
            "actors",
            "requires",
            "requires_in_article",
            "none",
            "other_targets",
            "own_targets",
        }
        if unknown:
            raise PropositionFileError(f"{where} ({pid}): unknown field(s) {sorted(unknown)}")
        props.append(
            Proposition(
                id=pid,
                text=text.strip(),
                paraphrases_for=lists["for"],
                paraphrases_against=lists["against"],
                keywords=[k.lower() for k in lists["keywords"]],
                actors=lists["actors"],
                requires=groups["requires"],
                contrasts=lists["none"],
                requires_in_article=groups["requires_in_article"],
                other_targets=[t.lower() for t in lists["other_targets"]],
                own_targets=[t.lower() for t in lists["own_targets"]],
            )
        )
    settings = {
        k: raw[k]
        for k in ("version", "threshold", "keyword_bonus", "keyword_free_margin", "anaphora_nouns")
        if k in raw
    }
    for key in ("threshold", "keyword_bonus", "keyword_free_margin"):
        if key in settings and not isinstance(settings[key], int | float):
            raise PropositionFileError(f"{path}: '{key}' must be a number")
    nouns = settings.get("anaphora_nouns", [])
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise PropositionFileError(f"{path}: 'anaphora_nouns' must be a list of words")
    return settings, props


# ---------------------------------------------------------------------- the learned scorer

# One weight per feature, shared by every proposition; the three `none_…` ones only fire for
# the "none" option. See `PropositionMatcher.features`.
FEATURES = (
    "content_vs_proposition",
    "content_vs_examples",
    "sentence_vs_proposition",
    "sentence_vs_examples",
    "keyword_in_content",
    "keyword_in_sentence_only",
    "required_cue_missing",
    "required_cue_outside_content",
    "content_closer_to_contrast",
    "required_cue_earlier_in_document",
    "none_content_vs_examples",
    "none_sentence_vs_examples",
    "none_bias",
    "document_support",
)
# Marks a weak `requires` term (see `PropositionMatcher._meets_requirements`).
WEAK_MARK = "~"
# How many of each side's closest sentences decide a claim's side (see `decide`).
SIDE_NEIGHBOURS = 3
# Each of them votes with its closeness to this power: one sentence that says the same thing
# ("had been crushed" beside "has been crushed") outweighs two that merely share the topic.
SIDE_VOTE_POWER = 8
# How many labelled claims of each side must use a word for it to count as the topic.
TOPIC_WORD_EXAMPLES = 2
# How much a claim's content words shared with a sentence add to its similarity in that vote.
SIDE_WORD_WEIGHT = 0.3
# How much closer a sentence counts in that vote when it is negated as the claim's content is
# (both or neither).
SIDE_SAME_NEGATION = 0.2
_WORD_RE = re.compile(r"[a-z]{4,}")


@functools.lru_cache(maxsize=16384)
def _side_words(text: str) -> frozenset[str]:
    """Word beginnings of a text's longer words ("recruiting" → "recru")."""
    return frozenset(w[:5] for w in _WORD_RE.findall(text.lower()))


@dataclass
class Exemplar:
    """A hand-labelled claim: its content and sentence, proposition (None: about none of
    them), side and stance. `group` ties near-duplicate articles together."""

    content: str
    sentence: str
    proposition: str | None
    polarity: str | None
    stance: str
    group: str = ""


def _pack(vectors: np.ndarray) -> list[str]:
    return [base64.b64encode(v.astype("<f2").tobytes()).decode("ascii") for v in vectors]


def _unpack(rows: list[str], dim: int) -> np.ndarray:
    data = b"".join(base64.b64decode(r) for r in rows)
    return np.frombuffer(data, dtype="<f2").astype(np.float32).reshape(len(rows), dim)


@dataclass
class PropositionModel:
    """Weights of the conditional-logit scorer plus its labelled example claims."""

    weights: np.ndarray
    none_offset: float = 0.0
    # Per proposition, a learned prior added to its score: propositions differ in how often
    # a claim near them is about them ("the strikes killed militants" is usually about none).
    # A proposition the model was not trained on (a user's own) has none.
    biases: dict[str, float] = field(default_factory=dict)
    exemplars: list[Exemplar] = field(default_factory=list)
    content_vectors: np.ndarray | None = None
    sentence_vectors: np.ndarray | None = None
    version: str = "0"
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> PropositionModel:
        path = Path(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PropositionFileError(f"{path}: cannot read the proposition model: {exc}") from exc
        try:
            features = raw["features"]
            if list(features) != list(FEATURES):
                raise PropositionFileError(
                    f"{path}: model features {features} differ from this version's "
                    f"{list(FEATURES)}; re-run scripts/train_propositions.py"
                )
            exemplars = [
                Exemplar(
                    content=e["content"],
                    sentence=e["sentence"],
                    proposition=e.get("proposition"),
                    polarity=e.get("polarity"),
                    stance=e.get("stance", "assert"),
                    group=e.get("group", ""),
                )
                for e in raw["exemplars"]
            ]
            model = cls(
                weights=np.asarray(raw["weights"], dtype=np.float64),
                none_offset=float(raw.get("none_offset", 0.0)),
                biases={str(k): float(v) for k, v in (raw.get("proposition_bias") or {}).items()},
                exemplars=exemplars,
                version=str(raw["version"]),
                meta={k: raw[k] for k in ("trained_on", "cv", "l2", "embedding_model") if k in raw},
            )
            from watchfloor.nlp.embeddings import DIM

            vectors = raw.get("vectors") or {}
            # Stored vectors are only valid for the embedding model and pooling that made them.
            if vectors.get("model") == VECTOR_KIND and len(vectors.get("content", [])) == len(
                exemplars
            ):
                model.content_vectors = _unpack(vectors["content"], DIM)
                model.sentence_vectors = _unpack(vectors["sentence"], DIM)
        except (KeyError, TypeError, ValueError) as exc:
            raise PropositionFileError(f"{path}: malformed proposition model: {exc}") from exc
        if model.weights.shape != (len(FEATURES),):
            raise PropositionFileError(f"{path}: expected {len(FEATURES)} weights")
        return model

    def save(self, path: str | Path, *, extra: dict[str, Any] | None = None) -> None:
        body: dict[str, Any] = {
            "version": self.version,
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "none_offset": round(self.none_offset, 6),
            "proposition_bias": {k: round(v, 6) for k, v in sorted(self.biases.items())},
            **(extra or {}),
            "exemplars": [
                {
                    "content": e.content,
                    "sentence": e.sentence,
                    "proposition": e.proposition,
                    "polarity": e.polarity,
                    "stance": e.stance,
                    "group": e.group,
                }
                for e in self.exemplars
            ],
        }
        if self.content_vectors is not None and self.sentence_vectors is not None:
            body["vectors"] = {
                "model": VECTOR_KIND,
                "content": _pack(self.content_vectors),
                "sentence": _pack(self.sentence_vectors),
            }
        Path(path).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", "utf-8")

    def ensure_vectors(self) -> None:
        if self.content_vectors is None or self.sentence_vectors is None:
            self.content_vectors, self.sentence_vectors = claim_vectors(
                [e.content for e in self.exemplars], [e.sentence for e in self.exemplars]
            )


def embed_unique(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of `texts`, each distinct text embedded once (claims share sentences)."""
    from watchfloor.nlp.embeddings import embed

    distinct = list(dict.fromkeys(texts))
    vectors = embed(distinct)
    where = {t: i for i, t in enumerate(distinct)}
    return vectors[[where[t] for t in texts]] if len(texts) else vectors


def _locate(content: str, sentence: str, hint: tuple[int, int] | None = None) -> tuple[int, int]:
    """Character span of `content` inside `sentence`, or (-1, -1) when it is not a part of it
    (e.g. an annotator's normalised wording)."""
    if (
        hint is not None
        and 0 <= hint[0] < hint[1] <= len(sentence)
        and sentence[hint[0] : hint[1]] == content
    ):
        return hint
    stripped = content.strip()
    if not stripped:
        return (-1, -1)
    start = sentence.find(stripped)
    if start < 0:
        start = sentence.lower().find(stripped.lower())
    return (start, start + len(stripped)) if start >= 0 else (-1, -1)


def claim_vectors(
    contents: Sequence[str],
    sentences: Sequence[str],
    hints: Sequence[tuple[int, int] | None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(content vectors, sentence vectors) of claims, one transformer pass per sentence.

    The content vector is pooled from the sentence's own contextual word-piece vectors over
    the content's span, so "the group had recruited fighters" still carries who "the group"
    is, and the sentence and its contents cost one embedding instead of two. A content too
    short to say much (see `PropositionMatcher.text_of`) uses the whole sentence; one that is
    not a part of its sentence is embedded on its own.
    """
    from watchfloor.nlp.embeddings import embed_with_spans

    n = len(contents)
    if hints is None:
        hints = [None] * n
    distinct = list(dict.fromkeys(sentences))
    where = {t: i for i, t in enumerate(distinct)}
    spans: list[list[tuple[int, int]]] = [[] for _ in distinct]
    slot: list[tuple[int, int] | None] = []  # (sentence index, span index); None: whole
    loose: list[int] = []
    for k, (content, sentence, hint) in enumerate(zip(contents, sentences, hints, strict=True)):
        if PropositionMatcher.text_of(content, sentence) == sentence:
            slot.append(None)
            continue
        span = _locate(content, sentence, hint)
        if span[0] < 0:
            slot.append(None)
            loose.append(k)
            continue
        si = where[sentence]
        if span not in spans[si]:
            spans[si].append(span)
        slot.append((si, spans[si].index(span)))
    whole, parts = embed_with_spans(distinct, spans)
    sentence_vectors = whole[[where[t] for t in sentences]] if n else whole
    content_vectors = sentence_vectors.copy()
    for k, at in enumerate(slot):
        if at is not None:
            content_vectors[k] = parts[at[0]][at[1]]
    if loose:
        content_vectors[loose] = embed_unique([contents[k] for k in loose])
    return content_vectors, sentence_vectors


def fit_conditional_logit(
    x: np.ndarray, y: np.ndarray, *, l2: float | np.ndarray = 1.0, iterations: int = 50
) -> np.ndarray:
    """Weights of a conditional-logit (softmax over each item's options) model.

    `x` is (items, options, features), `y` the index of the right option per item. Newton's
    method on the L2-penalised log-likelihood: the problem is convex and has only a handful
    of weights, so this converges in a few steps and is exactly reproducible. `l2` may give
    each weight its own penalty.
    """
    n, _, f = x.shape
    rows = np.arange(n)
    penalty = np.broadcast_to(np.asarray(l2, dtype=np.float64), (f,))

    def objective(w: np.ndarray) -> float:
        scores = x @ w
        top = scores.max(axis=1)
        log_z = top + np.log(np.exp(scores - top[:, None]).sum(axis=1))
        return float((scores[rows, y] - log_z).sum() - 0.5 * w @ (penalty * w))

    w = np.zeros(f)
    current = objective(w)
    for _ in range(iterations):
        p = softmax(x @ w)
        mean = np.einsum("nc,ncf->nf", p, x)
        grad = (x[rows, y] - mean).sum(axis=0) - penalty * w
        second = np.einsum("nc,ncf,ncg->fg", p, x, x) - np.einsum("nf,ng->fg", mean, mean)
        hessian = second + np.diag(penalty)
        step = np.linalg.solve(hessian, grad)
        # A full Newton step can overshoot when a feature nearly separates the options
        # (weak penalty): halve it until the likelihood improves.
        for _ in range(30):
            value = objective(w + step)
            if value >= current - 1e-12:
                break
            step = step / 2
        w = w + step
        current = value
        if np.abs(step).max() < 1e-8:
            break
    return w


class PropositionMatcher:
    """Assigns claims to propositions; load once, reuse for many documents."""

    def __init__(
        self,
        propositions: Iterable[Proposition],
        *,
        threshold: float = 0.52,
        keyword_bonus: float = 0.06,
        keyword_free_margin: float = 0.1,
        anaphora_nouns: Iterable[str] = (),
        version: str = "0",
        model: PropositionModel | None = None,
    ) -> None:
        self.propositions = list(propositions)
        ids = [p.id for p in self.propositions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise PropositionFileError(f"duplicate proposition id(s): {', '.join(duplicates)}")
        self.by_id = {p.id: p for p in self.propositions}
        self._column = {p.id: i for i, p in enumerate(self.propositions)}
        # Keywords are word beginnings like `requires` terms: "cia" must not fire inside
        # "officials", nor "ban" inside "urban".
        self._keywords = [tuple(p.keywords) for p in self.propositions]
        self._requires = [tuple(map(tuple, p.requires)) for p in self.propositions]
        self._article_requires = [
            tuple(tuple(g) for g in p.requires_in_article) for p in self.propositions
        ]
        self.threshold = threshold
        self.keyword_bonus = keyword_bonus
        self.keyword_free_margin = keyword_free_margin
        words = sorted({n.lower() for n in anaphora_nouns})
        # "the accusation", "these claims", "Islamabad's allegation 'baseless'": a content
        # that only points back at an earlier claim.
        self._anaphora = (
            re.compile(
                # "a claim the Taliban rejected", "similar accusations": indefinite and
                # comparative pointers name an earlier claim too.
                r"^(?:the|this|that|these|those|such|similar|a|an|its|their|his|her"
                r"|[\w.'’-]+['’]s?)\s+"
                r"(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                re.IGNORECASE,
            )
            if words
            else None
        )
        self.model = model
        self.version = version + (f"+model{model.version}" if model is not None else "")
        self._matrix: np.ndarray | None = None
        self._contrast: tuple[np.ndarray, np.ndarray] | None = None  # (vectors, proposition)
        self._rows: list[tuple[int, str, bool]] = []  # (proposition index, side, negated)
        self._row_texts: list[str] = []
        self._deny_cue: Callable[[str], bool] | None = None
        self._label_cache: tuple[list[Exemplar], np.ndarray] | None = None
        # (exemplars, their labels, what `_side_examples` made of them)
        self._side_cache: (
            tuple[
                list[Exemplar], np.ndarray, tuple[list[int], list[tuple[int, str, bool]], list[str]]
            ]
            | None
        ) = None
        # (what the side rows were made from, topic words per proposition): see `decide`
        self._topic_cache: tuple[tuple[object, ...], dict[int, frozenset[str]]] | None = None

    @classmethod
    def load(
        cls, path: str | Path | None = None, *, model: str | Path | None | bool = True
    ) -> PropositionMatcher:
        """Propositions from `path` (default: the packaged file, plus the user's file named
        by `WATCHFLOOR_PROPOSITIONS`); `model` is the scorer file (True: the packaged one,
        False/None: plain similarity threshold)."""
        settings, props = _load_file(Path(path) if path else DATA_PATH)
        version = str(settings.get("version", "0"))
        extra = os.environ.get(ENV_VAR)
        if extra:
            user_settings, user_props = _load_file(Path(extra))
            ids = {p.id for p in user_props}
            # The user's file overrides packaged propositions with the same id.
            props = [p for p in props if p.id not in ids] + user_props
            version += "+user" + str(user_settings.get("version", "0"))
        scorer = None
        if model is True:
            scorer = PropositionModel.load(MODEL_PATH) if MODEL_PATH.exists() else None
        elif model:
            scorer = PropositionModel.load(model)
        return cls(
            props,
            threshold=float(settings.get("threshold", 0.52)),
            keyword_bonus=float(settings.get("keyword_bonus", 0.06)),
            keyword_free_margin=float(settings.get("keyword_free_margin", 0.1)),
            anaphora_nouns=settings.get("anaphora_nouns", []),
            version=version,
            model=scorer,
        )

    # ------------------------------------------------------------------ matching
    def _ensure_matrix(self) -> np.ndarray:
        if self._matrix is None:
            from watchfloor.nlp.embeddings import embed

            texts, rows = [], []
            for i, p in enumerate(self.propositions):
                for side, sentences in (
                    ("for", [p.text, *p.paraphrases_for]),
                    ("against", p.paraphrases_against),
                ):
                    for sentence in sentences:
                        texts.append(sentence)
                        rows.append((i, side, is_negated_text(sentence)))
            self._matrix = embed(texts)
            self._rows = rows
            self._row_texts = texts
        return self._matrix

    def _contrast_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        if self._contrast is None:
            from watchfloor.nlp.embeddings import DIM, embed

            texts = [t for p in self.propositions for t in p.contrasts]
            owner = np.array(
                [i for i, p in enumerate(self.propositions) for _ in p.contrasts], dtype=np.int64
            )
            vectors = embed(texts) if texts else np.zeros((0, DIM), dtype=np.float32)
            self._contrast = (vectors, owner)
        return self._contrast

    def _is_deny_cue(self, cue: str) -> bool:
        if self._deny_cue is None:
            from watchfloor.extract.claims import ClaimLexicon

            self._deny_cue = ClaimLexicon.load().is_deny_cue
        return self._deny_cue(cue)

    def scores(self, texts: list[str]) -> np.ndarray:
        """(len(texts), n_propositions) best similarity of each text to each proposition,
        keyword bonus/margin applied (the threshold matcher's scores)."""
        from watchfloor.nlp.embeddings import embed

        return self._scores_from(embed(texts) @ self._ensure_matrix().T, texts)

    def _scores_from(self, sims: np.ndarray, texts: list[str]) -> np.ndarray:
        out = self._per_proposition_max(sims)
        for pi, p in enumerate(self.propositions):
            if not p.keywords:
                continue
            for ti, text in enumerate(texts):
                if self._has_keyword(pi, text):
                    out[ti, pi] += self.keyword_bonus
                else:
                    out[ti, pi] -= self.keyword_free_margin
        return out

    def _per_proposition_max(self, sims: np.ndarray) -> np.ndarray:
        out = np.full((len(sims), len(self.propositions)), -1.0, dtype=np.float32)
        for col, (pi, _, _) in enumerate(self._rows):
            out[:, pi] = np.maximum(out[:, pi], sims[:, col])
        return out

    def _has_keyword(self, pi: int, text: str) -> bool:
        return _names_any(self._keywords[pi], text.lower())

    def _meets_requirements(
        self,
        pi: int,
        sentence: str,
        context: str = "",
        names_any: Callable[[tuple[str, ...], str], bool] = _names_any,
    ) -> bool:
        # Word-start match so "india" finds "Indian" but "raw" does not fire inside "withdrawal".
        low = sentence.lower()
        groups = _split_requirements(self._requires[pi])
        if all(names_any(strong, low) for strong, _ in groups):
            return True
        # A weak topic word ("~detain", "~police": detentions are not all of refugees) counts
        # only when a strong one of its group is named too, in the sentence or just before.
        around = low + " " + context.lower()
        return all(
            names_any(strong, low) or (names_any(weak, low) and names_any(strong, around))
            for strong, weak in groups
        )

    @staticmethod
    def text_of(content: str, sentence: str) -> str:
        # Very short contents ("involvement in the attack") say little on their own; the
        # sentence carries the missing subject/object.
        # A content cut off by the extractor ("… in good faith, but") says too little too.
        if len(content.split()) < 5 or _TRUNCATED_RE.search(content):
            return sentence
        return content

    @classmethod
    def claim_text(cls, claim: ClaimRecord) -> str:
        return cls.text_of(claim.content, claim.sentence)

    def is_anaphoric(self, claim: ClaimRecord) -> bool:
        """Whether the content only names an earlier claim ("rejected the accusation")."""
        return self.is_pointer(claim.content)

    def is_pointer(self, text: str) -> bool:
        """Whether a claim content only names an earlier claim ("the accusation")."""
        if self._anaphora is None:
            return False
        content = _pointer_text(text)
        if _BARE_POINTER_RE.match(content) or (
            # a label, not a statement: 'it "confirms what we have said for years"' is one
            _LABELLED_PRONOUN_RE.match(content) and len(content.split()) <= 5
        ):
            return True
        # "dismissed similar accusations in the past as baseless": the verdict after "as"
        # judges the pointer and adds no content of its own.
        pointer = _AS_VERDICT_RE.split(content, maxsplit=1)[0]
        if _BARE_POINTER_RE.match(pointer.strip(" \"'“”‘’")):
            return True  # "it as 'fabricated'"
        found = self._anaphora.match(pointer)
        if found is None:
            return False
        # "the assessment in a post on X on Wednesday": where and when it was made add no
        # content of their own ("the reports of foreign fighters in the north" do).
        rest = pointer[found.end() :]
        return (
            len(pointer.split()) <= 6
            or _LABELLED_NOUN_RE.match(rest) is not None
            or (_PLACE_TIME_RE.match(rest) is not None and _CONTENT_LINK_RE.search(rest) is None)
        )

    def pointer_noun_phrase(self, text: str) -> str:
        """The noun phrase by which a pointer names the account ("the Islamic State claim"
        of "the Islamic State claim as false"), or "" when it has none."""
        if self._anaphora is None:
            return ""
        found = self._anaphora.match(_AS_VERDICT_RE.split(_pointer_text(text), maxsplit=1)[0])
        return found.group(0) if found else ""

    def _exemplar_index(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[Exemplar]]:
        """Exemplar vectors and each one's proposition column (-1: none; -2: a proposition
        this matcher does not know, e.g. one a user file removed)."""
        model = self.model
        assert model is not None
        model.ensure_vectors()
        cached = self._label_cache
        if (
            cached is None
            or cached[0] is not model.exemplars
            or len(cached[1]) != len(model.exemplars)
        ):
            labels = np.array(
                [
                    -1 if e.proposition is None else self._column.get(e.proposition, -2)
                    for e in model.exemplars
                ],
                dtype=np.int64,
            )
            cached = self._label_cache = (model.exemplars, labels)
        return model.content_vectors, model.sentence_vectors, cached[1], model.exemplars  # type: ignore[return-value]

    def features(
        self,
        content_vectors: np.ndarray,
        sentence_vectors: np.ndarray,
        texts: Sequence[str],
        sentences: Sequence[str],
        *,
        allowed: np.ndarray | None = None,
        contexts: Sequence[str] | None = None,
        contents: Sequence[str] | None = None,
        histories: Sequence[str] | None = None,
        support: np.ndarray | None = None,
        articles: Sequence[str] | None = None,
    ) -> np.ndarray:
        """(claims, propositions + 1, features) array for the scorer; the last option is
        "none". `allowed` (claims × exemplars, bool) hides exemplars, e.g. a claim's own
        article during cross-validation; `contexts` are the earlier claim sentences of each
        claim's article (see `document_contexts`); `contents` the claims' own contents, where
        keywords are looked for (default: `texts`); `histories` all earlier claim sentences of
        each claim's article (`document_contexts(..., limit=None)`); `support` (claims ×
        options) what the article's other claims say of each option (`document_support`;
        default: nothing); `articles` all claim sentences of each claim's article
        (`article_texts`; default: the proposition's `requires_in_article` is not tested)."""
        matrix = self._ensure_matrix()
        n, n_props = len(texts), len(self.propositions)
        x = np.zeros((n, n_props + 1, len(FEATURES)), dtype=np.float64)
        yaml_c = self._per_proposition_max(content_vectors @ matrix.T)
        yaml_s = self._per_proposition_max(sentence_vectors @ matrix.T)
        x[:, :n_props, 0] = yaml_c
        x[:, :n_props, 2] = yaml_s
        ex_c = ex_s = None
        labels = np.zeros(0, dtype=np.int64)
        if self.model is not None and self.model.exemplars:
            ev_c, ev_s, labels, _ = self._exemplar_index()
            ex_c = content_vectors @ ev_c.T
            ex_s = sentence_vectors @ ev_s.T
            if allowed is not None:
                ex_c = np.where(allowed, ex_c, -np.inf)
                ex_s = np.where(allowed, ex_s, -np.inf)

        def best(sims: np.ndarray | None, label: int, fallback: np.ndarray) -> np.ndarray:
            if sims is None or not (labels == label).any():
                return fallback
            value = sims[:, labels == label].max(axis=1)
            return np.where(np.isfinite(value), value, fallback)

        # `_has_keyword`'s test, with each text lowered once rather than once per proposition.
        # A short content stands for its whole sentence in the similarities, but its predicate
        # is its own: "deny hosting its fighters" in a sentence that also calls the TTP
        # "Pakistan's internal problem" states the shelter, not the Afghan-soil, predicate.
        low_texts = [_keyword_text(t).lower() for t in (texts if contents is None else contents)]
        low_sentences = [_keyword_text(t).lower() for t in sentences]
        # Claims of one article share sentences, contexts and the article's text, so the same
        # (terms, text) tests recur for every claim and proposition: each is searched once per
        # call. The memos live for this call only, so they cannot outgrow one batch.
        found: dict[tuple[tuple[str, ...], str], bool] = {}
        met: dict[tuple[int, str, str], bool] = {}
        article_lows: dict[tuple[str, str], str] = {}

        def names(terms: tuple[str, ...], low: str) -> bool:
            key = (terms, low)
            hit = found.get(key)
            if hit is None:
                hit = found[key] = _names_any(terms, low)
            return hit

        def meets(pi: int, sentence: str, context: str) -> bool:
            key = (pi, sentence, context)
            hit = met.get(key)
            if hit is None:
                hit = met[key] = self._meets_requirements(pi, sentence, context, names)
            return hit

        def article_low(ti: int) -> str:
            assert articles is not None
            key = (articles[ti], sentences[ti])
            low = article_lows.get(key)
            if low is None:
                low = article_lows[key] = (articles[ti] + " " + sentences[ti]).lower()
            return low

        for pi in range(n_props):
            # Examples and the proposition's own sentences together: a proposition with few
            # or no labelled examples must not lose to one with many just because a max
            # over more sentences is higher.
            x[:, pi, 1] = np.maximum(best(ex_c, pi, yaml_c[:, pi]), yaml_c[:, pi])
            x[:, pi, 3] = np.maximum(best(ex_s, pi, yaml_s[:, pi]), yaml_s[:, pi])
            keywords = self._keywords[pi]
            if keywords:
                for ti in range(n):
                    in_content = names(keywords, low_texts[ti])
                    x[ti, pi, 4] = in_content
                    x[ti, pi, 5] = not in_content and names(keywords, low_sentences[ti])
            if self.propositions[pi].requires:
                for ti in range(n):
                    context = contexts[ti] if contexts is not None else ""
                    in_sentence = meets(pi, sentences[ti], context)
                    # "The group said 1,200 people had been detained": the topic was named a
                    # sentence or two earlier, so the article's preceding claims count too.
                    x[ti, pi, 6] = not in_sentence and not (
                        contexts is not None and meets(pi, contexts[ti], "")
                    )
                    # "The dead included a cleric and his family" in an article that spoke
                    # of the air strikes several claims before: weaker than the sentence
                    # naming the topic, stronger than an article that never does.
                    x[ti, pi, 9] = bool(x[ti, pi, 6]) and (
                        histories is not None
                        and bool(histories[ti])
                        and meets(pi, histories[ti], "")
                    )
                    # The topic named only beside the content ("X said of the TTP that the
                    # talks had failed") is weaker evidence than the content naming it.
                    x[ti, pi, 7] = in_sentence and not meets(
                        pi, texts[ti], sentences[ti] + " " + context
                    )
            if articles is not None and self._article_requires[pi]:
                for ti in range(n):
                    low = article_low(ti)
                    if not all(names(g, low) for g in self._article_requires[pi]):
                        # Counted as a missing topic: the article is set somewhere else, and
                        # no earlier sentence can have named it.
                        x[ti, pi, 6], x[ti, pi, 7], x[ti, pi, 9] = 1.0, 0.0, 0.0
        contrast, owner = self._contrast_matrix()
        zero = np.zeros(n)
        none_like = zero
        if len(owner):
            sims = content_vectors @ contrast.T
            # A claim close to a sentence on some proposition's topic that states none of
            # them ("Pakistan will respond with full force to any aggression") is as good as
            # one close to a labelled claim about none: both count for the "none" option.
            none_like = sims.max(axis=1)
            for pi in set(owner.tolist()):
                # A margin, not the similarity itself: a claim on the topic that also states
                # the idea (closer to the proposition's sentences) loses nothing.
                closest = sims[:, owner == pi].max(axis=1)
                x[:, pi, 8] = np.maximum(0.0, closest - x[:, pi, 1])
        x[:, n_props, 10] = np.maximum(best(ex_c, -1, zero), none_like)
        x[:, n_props, 11] = best(ex_s, -1, zero)
        x[:, n_props, 12] = 1.0
        if support is not None:
            x[:, :, FEATURES.index("document_support")] = support
        return x

    def bias_vector(self, biases: dict[str, float]) -> np.ndarray:
        """Per option (the propositions, then "none"), its learned prior (0 when unknown)."""
        return np.array([*(biases.get(p.id, 0.0) for p in self.propositions), 0.0])

    def side_rows(
        self, content_vectors: np.ndarray, *, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, list[tuple[int, str, bool]], list[str]]:
        """Similarity of each claim to every sentence that carries a side (paraphrases, then
        labelled examples), per sentence (proposition column, side, is a denial), and the
        sentences."""
        matrix = self._ensure_matrix()
        sims = content_vectors @ matrix.T
        rows = list(self._rows)
        texts = list(self._row_texts)
        if self.model is not None and self.model.exemplars:
            ev_c, _, labels, exemplars = self._exemplar_index()
            ex = content_vectors @ ev_c.T
            if allowed is not None:
                ex = np.where(allowed, ex, -np.inf)
            keep, example_rows, example_texts = self._side_examples(exemplars, labels)
            sims = np.concatenate([sims, ex[:, keep]], axis=1)
            rows += example_rows
            texts += example_texts
        return sims, rows, texts

    def _side_examples(
        self, exemplars: list[Exemplar], labels: np.ndarray
    ) -> tuple[list[int], list[tuple[int, str, bool]], list[str]]:
        """The labelled examples that vote on a side: their indices, rows and contents. They
        depend on the model alone, so they are worked out once, not once per document."""
        cached = self._side_cache
        if cached is not None and cached[0] is exemplars and np.array_equal(cached[1], labels):
            return cached[2]
        # A pointer example ("the accusations as baseless") says nothing about which
        # way its claim points, only its stance does: it must not vote on a side.
        keep = [
            k
            for k, e in enumerate(exemplars)
            if labels[k] >= 0
            and e.polarity in ("for", "against")
            and not self.is_pointer(e.content)
        ]
        rows = [
            (
                int(labels[k]),
                str(exemplars[k].polarity),
                # read as a claim's own content is (`_statement_of`)
                _denies(
                    exemplars[k].stance,
                    self._statement_of(str(exemplars[k].proposition), exemplars[k].content),
                ),
            )
            for k in keep
        ]
        texts = [exemplars[k].content for k in keep]
        self._side_cache = (exemplars, labels.copy(), (keep, rows, texts))
        return keep, rows, texts

    def decide(
        self,
        claims: Sequence[ClaimRecord],
        content_vectors: np.ndarray,
        sentence_vectors: np.ndarray,
        *,
        allowed: np.ndarray | None = None,
        none_offset: float | None = None,
        weights: np.ndarray | None = None,
        biases: dict[str, float] | None = None,
        contexts: Sequence[str] | None = None,
        histories: Sequence[str] | None = None,
        documents: Sequence[str] | None = None,
    ) -> list[tuple[str | None, str | None]]:
        """(proposition id, polarity) per claim, ignoring pointers to earlier claims.
        `documents` name each claim's article (default: told apart by their offsets, see
        `document_numbers`)."""
        texts = [self.claim_text(c) for c in claims]
        if self.model is None:
            sims = content_vectors @ self._ensure_matrix().T
            scores = self._scores_from(sims, texts)
            chosen = [
                int(np.argmax(row)) if row.max() >= self.threshold else None for row in scores
            ]
            rows: list[tuple[int, str, bool]] = self._rows
            row_texts = self._row_texts
        else:
            x = self.features(
                content_vectors,
                sentence_vectors,
                texts,
                [c.sentence for c in claims],
                allowed=allowed,
                contexts=document_contexts(claims) if contexts is None else contexts,
                # A content cut off before its point keeps no predicate of its own.
                contents=[
                    c.sentence if _TRUNCATED_RE.search(c.content) else c.content for c in claims
                ],
                histories=document_contexts(claims, limit=None) if histories is None else histories,
                articles=article_texts(
                    claims, document_numbers(claims) if documents is None else documents
                ),
            )
            w = self.model.weights if weights is None else weights
            offset = self.model.none_offset if none_offset is None else none_offset
            prior = self.bias_vector(self.model.biases if biases is None else biases)
            prior[-1] += offset
            scores = x @ w + prior
            support_weight = w[FEATURES.index("document_support")]
            if support_weight:
                # A second pass: what the first said of the article's other claims.
                x[:, :, FEATURES.index("document_support")] = document_support(
                    softmax(scores),
                    [c.sentence for c in claims],
                    document_numbers(claims) if documents is None else documents,
                    [self.is_anaphoric(c) for c in claims],
                )
                scores = x @ w + prior
            n_props = len(self.propositions)
            for ci, claim in enumerate(claims):
                for pi, prop in enumerate(self.propositions):
                    if prop.aims_elsewhere(claim.content):
                        scores[ci, pi] = -np.inf
            chosen = [
                None if int(np.argmax(row)) == n_props else int(np.argmax(row)) for row in scores
            ]
            sims, rows, row_texts = self.side_rows(content_vectors, allowed=allowed)
        out: list[tuple[str | None, str | None]] = []
        n_own = len(self._rows)  # the first rows are the catalogue's sentences
        topic_words: dict[int, frozenset[str]] = {}
        if allowed is None and np.isfinite(sims).all():
            # Every sentence of a proposition then votes for every claim, so its topic words
            # depend on the catalogue and the model alone: worked out once, not once per call.
            source = (self.model, self._rows, self._side_cache)
            cached = self._topic_cache
            if cached is None or any(a is not b for a, b in zip(cached[0], source, strict=True)):
                cached = self._topic_cache = (source, {})
            topic_words = cached[1]
        for ci, (claim, best) in enumerate(zip(claims, chosen, strict=True)):
            if best is None:
                out.append((None, None))
                continue
            cols = [k for k, row in enumerate(rows) if row[0] == best and np.isfinite(sims[ci, k])]
            # The closest few sentences vote, weighted by similarity, for the side an
            # affirmative claim like each would take: the single closest one is often a
            # sentence of the other side that merely names the same group.
            # Embeddings weigh the topic far above the predicate ("ISKP was recruiting" sits
            # near "ISKP was defeated"), so shared predicate words add to the similarity:
            # words that sentences of both sides use ("ISKP", "Afghanistan") are the topic.
            # Labelled claims of both sides share more words the more of them there are
            # ("attacks abroad" in a claim that the group lost its capacity for them): a
            # word they share is the topic only when two or more of each side use it; the
            # catalogue's own sentences are written to share only the topic.
            if best not in topic_words:
                labelled = [
                    (row_texts[k], _flip(rows[k][1]) if rows[k][2] else rows[k][1]) for k in cols
                ]
                topic_words[best] = _shared_words(
                    [r for k, r in zip(cols, labelled, strict=True) if k < n_own]
                ) | _shared_words(
                    [r for k, r in zip(cols, labelled, strict=True) if k >= n_own],
                    TOPIC_WORD_EXAMPLES,
                )
            words = _side_words(claim.content) - topic_words[best]
            # Embeddings barely notice negation: "ISKP no longer has any base" sits as near
            # "ISKP has lost its strongholds" as "ISKP has no organised presence". A sentence
            # worded the same way (both negated, or neither) is compared like for like, so
            # it counts as a little closer.
            statement = self._statement_of(self.propositions[best].id, claim.content)
            negated = _is_negated_cached(statement)
            closeness = {
                k: float(sims[ci, k])
                + SIDE_WORD_WEIGHT * len(words & _side_words(row_texts[k])) / max(len(words), 1)
                + SIDE_SAME_NEGATION * (_is_negated_cached(row_texts[k]) == negated)
                for k in cols
            }
            strength = {"for": 0.0, "against": 0.0}
            for k in sorted(cols, key=lambda k: -closeness[k])[:SIDE_NEIGHBOURS]:
                _, side, row_denies = rows[k]
                strength[_flip(side) if row_denies else side] += (
                    max(closeness[k], 0.0) ** SIDE_VOTE_POWER
                )
            side = "for" if strength["for"] >= strength["against"] else "against"
            polarity = _flip(side) if _denies(claim.stance, statement) else side
            out.append((self.propositions[best].id, polarity))
        return out

    def assign(self, claims: list[ClaimRecord]) -> None:
        """Set `proposition_id` and `polarity` on each claim in place (None when no match).

        `claims` should be in text order (one or several documents one after the other): a
        claim that only points back at an earlier one takes the proposition of the closest
        earlier matched claim of the same document.
        """
        self.assign_many([claims])

    def assign_many(self, documents: Sequence[list[ClaimRecord]]) -> None:
        """`assign` each document's claims, embedding the claims of all of them in one call.

        Small per-document calls pad each batch to its own longest sentence and leave
        batches half full; one call sorts every sentence by length first, which costs about a
        quarter less. A text's vectors do not depend on its batch, and every decision is
        still taken per document, so the results are those of one `assign` per document.
        """
        flat = [claim for claims in documents for claim in claims]
        if not flat or not self.propositions:
            return
        content_vectors, sentence_vectors = claim_vectors(
            [c.content for c in flat],
            [c.sentence for c in flat],
            [
                (c.content_span[0] - c.sentence_span[0], c.content_span[1] - c.sentence_span[0])
                for c in flat
            ],
        )
        start = 0
        for claims in documents:
            end = start + len(claims)
            if claims:
                # Copies, not views: each document's products then run on arrays laid out
                # exactly as a call of its own would give them.
                # one document: its claims support each other even where a rewritten sentence
                # span makes the offsets run backwards (which `document_numbers` would read as
                # a new document)
                decisions = self.decide(
                    claims,
                    content_vectors[start:end].copy(),
                    sentence_vectors[start:end].copy(),
                    documents=["0"] * len(claims),
                )
                for claim, (pid, polarity) in zip(
                    claims, self.resolve_pointers(claims, decisions), strict=True
                ):
                    claim.proposition_id, claim.polarity = pid, polarity
            start = end

    def resolve_pointers(
        self, claims: Sequence[ClaimRecord], decisions: list[tuple[str | None, str | None]]
    ) -> list[tuple[str | None, str | None]]:
        """Give a claim that only names another one ("rejected the accusation") the
        proposition of a nearby matched claim of the same document: one its own sentence
        goes on to state ("rejected the accusation, saying no one may use Afghan soil"),
        else the closest earlier one — preferring, among these, one whose topic the pointer's
        sentence names ("India rejected similar accusations" after a claim about Afghan
        soil and one about India). A pointer whose own noun phrase names the topic of another
        proposition ("rejected the Islamic State claim" after claims about foreign
        fighters) names an account none of these claims gave, and keeps its own decision."""
        out: list[tuple[str | None, str | None]] = []
        # (proposition, claim sentence number), in order, and each one's side
        recent: list[tuple[str, int]] = []
        recent_sides: list[str | None] = []
        # Sentence number of the last claim sentence with a statement of its own, and whether
        # any of its statements is about a proposition.
        last_statement: tuple[int, bool] = (0, False)
        last_start = -1
        last_sentence = ""
        sentence_number = 0
        # The decisions of the claims of the current sentence stated so far (pointers aside).
        stated_before: list[tuple[str | None, str | None]] = []
        stated_by: list[str | None] = []  # who made each of them
        for at, (claim, (pid, polarity)) in enumerate(zip(claims, decisions, strict=True)):
            if claim.sentence_span[0] < last_start:
                recent = []  # the next document of a batch starts
                recent_sides = []
                last_statement = (0, False)
                stated_before = []  # (a syndicated copy may open with the same sentence)
                stated_by = []
            last_start = claim.sentence_span[0]
            if claim.sentence != last_sentence:
                sentence_number += 1
                last_sentence = claim.sentence
                stated_before = []
                stated_by = []
            if not self.is_anaphoric(claim):
                stated_before.append((pid, polarity))
                stated_by.append(_speaker_key(claim))
                out.append((pid, polarity))
                if pid is not None:
                    recent.append((pid, sentence_number))
                    recent_sides.append(polarity)
                if last_statement[0] == sentence_number:
                    last_statement = (sentence_number, last_statement[1] or pid is not None)
                else:
                    last_statement = (sentence_number, pid is not None)
                continue
            # The denial's side: the cue's, or the verdict's in a label ('called the report
            # "a collection of rumours"'): the embedding of "the accusation" says nothing
            # about which way it points.
            denies = _denies(claim.stance, claim.content) or bool(
                _VERDICT_WORD_RE.search(claim.content)
            )
            if stated_before:
                # "Islamabad said militants use the crossing, a charge the Taliban rejected",
                # "accused the Taliban of detaining X, a charge they denied": a pointer after a
                # statement of its own sentence answers that statement, and is about what it
                # is about — nothing, when it is about none of the propositions. Its side is the
                # statement's, turned round when it denies ("Kabul said its soil is not used
                # against Pakistan, a claim Islamabad rejected" is for the proposition).
                before, side = stated_before[-1]
                side = side or "for"
                # "… said no foreign group is present and described the findings as
                # propaganda": a speaker who dismisses the account right after contradicting it
                # keeps the side just taken; only another party's denial turns it round.
                same_speaker = stated_by[-1] is not None and stated_by[-1] == _speaker_key(claim)
                flip = denies and not same_speaker
                out.append((before, _flip(side) if flip else side) if before else (None, None))
                continue
            same_sentence: list[str] = []
            next_sentence: list[str] = []  # the propositions of the next claim sentence
            ahead_side: dict[str, str | None] = {}  # the side of the first one of each
            following = ""
            for later, (later_pid, later_side) in zip(
                claims[at + 1 :], decisions[at + 1 :], strict=True
            ):
                # Claims come in text order: the sentence's own claims are next, then those
                # of the next claim sentence.
                if later.sentence != claim.sentence:
                    if following and later.sentence != following:
                        break
                    following = later.sentence
                if later_pid is not None and not self.is_anaphoric(later):
                    (next_sentence if following else same_sentence).append(later_pid)
                    # the pointer's own words, not another party's in the same sentence
                    own = _speaker_key(later)
                    if own is None or _speaker_key(claim) in (None, own):
                        ahead_side.setdefault(later_pid, later_side)
            # "the findings" several paragraphs on names a new report, not the claim the
            # article made long before; a pointer whose sentence names the topic ("India
            # rejected similar accusations") may reach a little further back.
            nearby = [p for p, n in reversed(recent) if sentence_number - n <= POINTER_SENTENCES]
            # Latest first, so these begin with the named ones of `nearby`.
            further = [
                p
                for p, n in reversed(recent)
                if sentence_number - n <= NAMED_POINTER_SENTENCES
                and self._topic_named(p, claim.sentence)
            ]
            candidates = [*same_sentence, *nearby]
            # "The Taliban also rejected the minister's charge. 'No one may use Afghan soil
            # …'": the rejection's own words often follow in the next sentence, and its topic
            # is the one the pointer's sentence names.
            named = (
                [p for p in same_sentence if self._topic_named(p, claim.sentence)]
                + [
                    p
                    for p in next_sentence
                    if self.by_id[p].requires and self._topic_named(p, claim.sentence)
                ]
                + further
            )
            if (
                last_statement[0] > 0
                and not last_statement[1]
                and sentence_number - last_statement[0] <= 1
            ):
                # "Rights group X said in a report that … . A spokesman rejected the report":
                # right after an account about none of the propositions, a topic the
                # pointer's sentence names (often only in its speaker's title, "the Taliban's
                # spokesman") does not reach past that account to an older claim.
                named = [p for p in named if p in same_sentence or p in next_sentence]
            if (
                not named
                and not same_sentence
                and last_statement[0] > 0
                and not last_statement[1]
                and sentence_number - last_statement[0] <= POINTER_SENTENCES
            ):
                # "… said the railway would carry troops north. X dismissed the statement":
                # the account just given is about none of the propositions, and so is the
                # pointer that answers it.
                candidates = []
            if not named and self._names_other_topic(
                self.pointer_noun_phrase(claim.content), candidates
            ):
                # "rejected the Islamic State claim as false" after claims on something else:
                # the pointer names whose account it is, and that is none of theirs.
                out.append((pid, polarity))
                continue
            chosen = named[0] if named else candidates[0] if candidates else pid
            if chosen is None:
                out.append((pid, polarity))
                continue
            out.append(
                (chosen, self._pointer_side(chosen, denies, ahead_side, recent, recent_sides))
            )
        return out

    @staticmethod
    def _pointer_side(
        chosen: str,
        denies: bool,
        ahead_side: dict[str, str | None],
        recent: Sequence[tuple[str, int]],
        recent_sides: Sequence[str | None],
    ) -> str:
        """A pointer's side. The statement its own words go on to make ("rejected the claims,
        insisting there is no fighting anywhere") gives it that statement's side; an earlier
        account it answers, that account's side, turned round when it denies — an account
        against the proposition ("the resistance said it had overrun a post") is denied for
        it. Without either, a denial is against and anything else for."""
        if chosen in ahead_side and ahead_side[chosen] in ("for", "against"):
            return str(ahead_side[chosen])
        for (pid, _), side in zip(reversed(recent), reversed(recent_sides), strict=True):
            if pid == chosen and side in ("for", "against"):
                return _flip(side) if denies else side
        return "against" if denies else "for"

    def _names_other_topic(self, text: str, proposition_ids: Sequence[str]) -> bool:
        """Whether `text` names the topic of a proposition other than `proposition_ids`
        (only propositions with a topic to name count)."""
        return any(
            p.id not in proposition_ids and p.requires and self._meets_requirements(pi, text)
            for pi, p in enumerate(self.propositions)
        )

    def _statement_of(self, proposition_id: str, content: str) -> str:
        """The part of a content that speaks of the proposition: "Pakistan wants to raise the
        cost of hosting the TTP, but it cannot afford a long war" asserts the hosting, and the
        trailing clause's "cannot" negates another matter. The trailing clause stays when it
        names the proposition's topic too ("the NRF can embarrass the Taliban, but it cannot
        threaten their control"), or the head names none of it."""
        found = _TRAILING_CONTRAST_RE.search(content)
        if found is None:
            return content
        head, tail = content[: found.start()], content[found.start() :]
        if self._topic_named(proposition_id, head) and not self._topic_named(proposition_id, tail):
            return head
        return content

    def _topic_named(self, proposition_id: str, sentence: str) -> bool:
        pi = self._column.get(proposition_id)
        return pi is not None and self._meets_requirements(pi, sentence)

    def polarity(self, claim: ClaimRecord, side: str, paraphrase_negated: bool) -> str:
        """The claim's side given the side of a matched sentence and whether that sentence
        is negated (a negated sentence counts as a denial, and so does a negated content)."""
        return side if _denies(claim.stance, claim.content) == paraphrase_negated else _flip(side)

    # ------------------------------------------------------------------ suggestions
    def propose_new(
        self, items: list[tuple[str, str]], *, distance: float = 0.45, min_size: int = 2
    ) -> list[list[str]]:
        """Cluster (claim id, content) pairs into groups that could become new propositions.

        Average-linkage agglomerative clustering on cosine distance, stopping when the two
        closest groups are further apart than `distance`; groups smaller than `min_size` are
        dropped. Largest groups first.
        """
        return cluster_texts(items, distance=distance, min_size=min_size)


# How many claim sentences back a pointer ("the allegations") may find the claim it names.
POINTER_SENTENCES = 2
# How far back a pointer whose own sentence names the topic of a claim may reach it.
NAMED_POINTER_SENTENCES = 4
# How many earlier claim sentences of the same article may name a claim's topic.
CONTEXT_SENTENCES = 1


def document_contexts(
    claims: Sequence[ClaimRecord], limit: int | None = CONTEXT_SENTENCES
) -> list[str]:
    """For each claim (in text order, one or several documents one after the other), the
    distinct sentences of the previous claims of its document, up to `limit` (None: all)."""
    out: list[str] = []
    previous: list[str] = []
    last_start = -1
    for claim in claims:
        if claim.sentence_span[0] < last_start:
            previous = []  # the next document of a batch starts
        last_start = claim.sentence_span[0]
        out.append(" ".join(previous if limit is None else previous[-limit:] if limit else []))
        if not previous or previous[-1] != claim.sentence:
            previous.append(claim.sentence)
    return out


# A sentence opened by an earlier time ("In December 2025 Pakistani jets struck targets in
# Paktika", "Last year …") is background: it recalls another event than the article's own.
_BACKGROUND_RE = re.compile(
    r"^\W*(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|(?:19|20)\d\d)\b"
    r"|last\s+(?:year|month|spring|summer|autumn|winter)\b|earlier\s+this\s+(?:year|month)\b"
    r"|(?:\w+\s+)?(?:years|months)\s+ago\b)",
    re.IGNORECASE,
)


def article_texts(claims: Sequence[ClaimRecord], documents: Sequence[str]) -> list[str]:
    """For each claim, the distinct claim sentences of its whole article (`documents` name
    each claim's article), earlier and later alike, less the background ones: where an
    article's drone strike was is not where the strike it recalls from last year was (a
    background claim's own sentence still names its own place, see `features`)."""
    members: dict[str, list[str]] = {}
    for claim, doc in zip(claims, documents, strict=True):
        members.setdefault(doc, [])
        if not _BACKGROUND_RE.match(claim.sentence):
            members[doc].append(claim.sentence)
    joined = {doc: " ".join(dict.fromkeys(sentences)) for doc, sentences in members.items()}
    return [joined[doc] for doc in documents]


def document_numbers(claims: Sequence[ClaimRecord]) -> list[str]:
    """Which document each claim is of (claims in text order, one document after another:
    a claim that starts before the previous one begins the next document)."""
    out: list[str] = []
    number = 0
    last_start = -1
    for claim in claims:
        if claim.sentence_span[0] < last_start:
            number += 1
        last_start = claim.sentence_span[0]
        out.append(str(number))
    return out


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise probabilities of options from their scores."""
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True))


def document_support(
    probabilities: np.ndarray,
    sentences: Sequence[str],
    documents: Sequence[str],
    pointers: Sequence[bool],
) -> np.ndarray:
    """Per claim and option, the highest probability a first pass gave that proposition for
    another claim of the same article, in another sentence: an article is mostly about one
    or two disputes, so "the group was recruiting through cells run from Afghanistan" in an
    account of Islamic State plots is about that group's reach, not about Afghan soil.
    Pointers ("rejected the claim") say nothing of their own and lend no support; claims of
    the same sentence share its similarities already. The "none" option gets the best of the
    propositions' values, so the feature only chooses between propositions: were "none" left
    without it, an article's dispute would lift its topic-only claims out of "none", and a
    claim with no other claims beside it would lose to "none" for lack of support."""
    n, options = probabilities.shape
    out = np.zeros((n, options))
    members: dict[str, list[int]] = {}
    for i, doc in enumerate(documents):
        members.setdefault(doc, []).append(i)
    for group in members.values():
        for i in group:
            others = [
                j for j in group if j != i and not pointers[j] and sentences[j] != sentences[i]
            ]
            if others:
                out[i, :-1] = probabilities[others, :-1].max(axis=0)
    out[:, -1] = out[:, :-1].max(axis=1)
    return out


def _shared_words(sentences: Iterable[tuple[str, str]], at_least: int = 1) -> frozenset[str]:
    """Words that sentences of both sides use, from (sentence, side) pairs; with `at_least`,
    words that at least that many sentences of each side use."""
    counts: dict[str, Counter[str]] = {"for": Counter(), "against": Counter()}
    for text, side in sentences:
        counts[side].update(_side_words(text))
    return frozenset(
        w for w, n in counts["for"].items() if n >= at_least and counts["against"][w] >= at_least
    )


def _denies(stance: str, content: str) -> bool:
    """Whether a claim says no: a denial, or an assertion of a negated content ("said IS-K
    had no organised presence"). Annotators and the extractor mark the latter either way, so
    both count, as for a negated paraphrase."""
    return stance == "deny" or is_negated_text(content)


def _speaker_key(claim: ClaimRecord) -> str | None:
    speaker = claim.speaker
    if speaker is None:
        return None
    return speaker.id or (speaker.text.strip().lower() or None)


def _flip(side: str) -> str:
    return "against" if side == "for" else "for"


def cluster_texts(
    items: list[tuple[str, str]], *, distance: float = 0.45, min_size: int = 2
) -> list[list[str]]:
    """Agglomerative (average-linkage) clustering of texts by embedding; returns id groups."""
    if not items:
        return []
    from watchfloor.nlp.embeddings import embed

    vectors = embed([text for _, text in items])
    return [[items[i][0] for i in group] for group in agglomerate(vectors, distance, min_size)]


def agglomerate(
    vectors: np.ndarray | None,
    distance: float,
    min_size: int = 1,
    *,
    similarity: np.ndarray | None = None,
) -> list[list[int]]:
    """Average-linkage clustering of normalised vectors (or of a given similarity matrix, in
    which -inf forbids a pair); groups of row indices."""
    if similarity is not None:
        sim = similarity
    elif vectors is not None:
        sim = vectors @ vectors.T
    else:
        raise TypeError("agglomerate() needs vectors or a similarity matrix")
    n = len(sim)
    if n == 0:
        return []
    groups: list[list[int]] = [[i] for i in range(n)]
    # Pairwise average similarity between current groups, kept as a matrix.
    link = sim.astype(np.float64).copy()
    np.fill_diagonal(link, -np.inf)
    alive = list(range(n))
    while len(alive) > 1:
        sub = link[np.ix_(alive, alive)]
        flat = int(np.argmax(sub))
        a, b = divmod(flat, len(alive))
        if 1.0 - sub[a, b] > distance:
            break
        ga, gb = alive[a], alive[b]
        size_a, size_b = len(groups[ga]), len(groups[gb])
        merged = (link[ga] * size_a + link[gb] * size_b) / (size_a + size_b)
        link[ga, :] = merged
        link[:, ga] = merged
        link[ga, ga] = -np.inf
        link[gb, :] = -np.inf
        link[:, gb] = -np.inf
        groups[ga] = groups[ga] + groups[gb]
        alive.remove(gb)
    out = [sorted(groups[g]) for g in alive if len(groups[g]) >= min_size]
    return sorted(out, key=lambda g: (-len(g), g[0]))
