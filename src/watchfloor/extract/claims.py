"""Attributed claims: who says (or denies) what, with the exact words.

`ClaimExtractor.extract(linked)` reads a `LinkedDoc` and returns `ClaimRecord`s. It finds:

* reporting verbs with a that-clause, a quote, an of-phrase, an object or a
  characterisation ("said that…", "“…,” he said", "accused X of…", "denied involvement",
  "called the allegation 'baseless'"); a to-infinitive ("vowed to…") is an act, not a claim;
* nominal cues naming their speaker ("the Taliban's denial that…", "allegations by Islamabad
  that…") or governed by a verb cue ("rejected accusations that…");
* "according to X, …" and written sources ("a UN report said…");
* passive / impersonal attribution ("it is alleged that…", "X is said to…"), with no speaker
  and always hedged.

The cue lexicon, hedges and negation words live in `extract/data/claims.yaml`; nothing here
names a region or an actor. The article's own voice is never turned into a claim, and neither
is plain news sourcing of an event ("…, police said"; a source reporting its own side's
operation). Which side an actor is on comes from the knowledge base (`parent`, `country`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from watchfloor.extract.eventing.shared import _prep_objects
from watchfloor.kb.linking.lexicon import APPOSED_BODY_KINDS
from watchfloor.nlp.pipeline import sentence_extent
from watchfloor.records import FACTUALITY_VALUES, Actor, ActorMention, ActorRef, ClaimRecord

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc

DATA_PATH = Path(__file__).parent / "data" / "claims.yaml"
FILTER_PATH = Path(__file__).parent / "data" / "claim_filter.json"

_QUOTES = set("\"'“”‘’«»")
# Dependencies by which a hedge word describes a noun ("suspected militants", "men suspected
# of helping") rather than the truth of the report.
_DESCRIPTIVE = frozenset({"amod", "acl"})
# "PESHAWAR — ", "MIR ALI, North Waziristan — ": a news dateline opening the article's lead.
_DATELINE = re.compile(r"^[A-Z][A-Z'.\- ]+(?:,[^—–\n]{1,40})?\s+[—–]\s")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Sectors of a state's own bodies (government, legislature, forces, police, courts).
_STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY"})
# How a cue's particle or predicative word hangs on it ("pointed out", "made clear").
_PARTICLE_DEPS = frozenset({"prt", "oprd", "acomp", "advmod"})
_WH_WORDS = {"how", "whether", "why"}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The longest chain of coordinated verbs followed back to its first ("rejected it, called it
# propaganda and said …").
_CHAIN_STEPS = 4
# Verbs of getting in touch: an infinitive after them is the purpose of the contact ("called
# him to assure him that …"), not an act wanted or refused. ("Called on X to …" asks for one.)
# Verbs whose gerund complement is an act to be given up ("stop blaming", "cease accusing").
_HALTING_VERBS = frozenset({"stop", "cease", "quit", "avoid"})
_CONTACT_VERBS = frozenset({"telephone", "phone", "write", "visit", "meet"})
# How many sentences back a following "could not be verified" reaches: over the passage of
# both sides' accounts ("Neither account …"), or the last speaker's claims only.
_PASSAGE_BOTH_SIDES = 6
# The side of the speakers the knowledge base does not place, in a two-sided passage.
_UNPLACED = frozenset({"?unplaced"})
_PASSAGE_ONE_SIDE = 2
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# Pronouns that open a sentence the tokenizer glued on through a one-letter abbreviation
# ("… said in a post on X. He added …"): the tagger then often takes them for names.
_GLUED_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "ours"}
# A bare noun that names the speaker's own body ("the group does not target civilians").
_OWN_BODY_WORDS = APPOSED_BODY_KINDS | {"fighters", "forces", "troops", "army", "military"}
# The personal pronoun a possessive stands for ("His account" → "he").
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Heads of a speaker phrase that stand for the of-phrase after them ("each of these reports").
# "gave a higher toll", "a different account": words that set a report up as a rival one.
_RIVAL_NOUNS = frozenset({"toll", "figure", "account", "count", "tally", "version"})
_RIVAL_MODIFIERS = frozenset({"higher", "lower", "different", "conflicting", "contrasting"})
_QUANTIFIERS = frozenset({"each", "all", "both", "one", "some", "most", "several", "many"})
_CONTENT_KINDS = {
    "clause",
    "figure",
    "quote",
    "infinitive",
    "of",
    "on",
    "for",
    "object",
    "claim_object",
    "characterise",
}


class ClaimLexiconError(ValueError):
    """The claims data file is missing something or has a wrong type."""


@dataclass(frozen=True)
class CueInfo:
    stance: str
    factuality: str | None = None
    needs_particle: str | None = None
    content: frozenset[str] = frozenset({"clause", "quote"})


@dataclass
class ClaimLexicon:
    version: str
    verbs: dict[str, CueInfo]
    nouns: dict[str, CueInfo]
    according_to: list[tuple[str, str | None]]
    impersonal_verbs: set[str]
    hedge_words: set[str]
    hedge_modals: set[str]
    hedge_phrases: list[str]
    anonymous_speakers: set[str]
    anonymity_phrases: list[str]
    neg_adverbs: set[str]
    neg_determiners: set[str]
    neg_pronouns: set[str]
    carry_over_pronouns: set[str]
    claim_objects: set[str] = frozenset()  # type: ignore[assignment]
    commentator_words: set[str] = frozenset()  # type: ignore[assignment]
    non_claim_objects: set[str] = frozenset()  # type: ignore[assignment]
    narration_verbs: set[str] = frozenset()  # type: ignore[assignment]
    contested_words: set[str] = frozenset()  # type: ignore[assignment]
    harm_verbs: set[str] = frozenset()  # type: ignore[assignment]
    harm_words: set[str] = frozenset()  # type: ignore[assignment]
    linking_verbs: set[str] = frozenset()  # type: ignore[assignment]
    ongoing_phrases: list[str] = field(default_factory=list)
    neg_position_verbs: set[str] = frozenset()  # type: ignore[assignment]
    neg_tie_nouns: set[str] = frozenset()  # type: ignore[assignment]
    neg_ground_nouns: set[str] = frozenset()  # type: ignore[assignment]
    gap_cues: set[str] = frozenset()  # type: ignore[assignment]
    sourcing_cues: set[str] = frozenset()  # type: ignore[assignment]
    party_sectors: set[str] = frozenset()  # type: ignore[assignment]
    monitor_sectors: set[str] = frozenset()  # type: ignore[assignment]
    official_words: set[str] = frozenset()  # type: ignore[assignment]
    plan_words: set[str] = frozenset()  # type: ignore[assignment]
    aspect_verbs: set[str] = frozenset()  # type: ignore[assignment]
    threat_verbs: set[str] = frozenset()  # type: ignore[assignment]
    deny_characterisations: set[str] = frozenset()  # type: ignore[assignment]
    anaphoric_speakers: set[str] = frozenset()  # type: ignore[assignment]
    written_sources: set[str] = frozenset()  # type: ignore[assignment]
    document_authors: set[str] = frozenset()  # type: ignore[assignment]
    proxy_speakers: set[str] = frozenset()  # type: ignore[assignment]
    targeting_verbs: set[str] = frozenset()  # type: ignore[assignment]
    nonverbal_cues: set[str] = frozenset()  # type: ignore[assignment]
    hedge_cues: set[str] = frozenset()  # type: ignore[assignment]
    claim_pronouns: set[str] = frozenset()  # type: ignore[assignment]
    media_sources: set[str] = frozenset()  # type: ignore[assignment]
    origin_phrases: list[str] = field(default_factory=list)
    origin_verbs: set[str] = frozenset()  # type: ignore[assignment]
    passage_hedges: list[str] = field(default_factory=list)
    both_sides_words: set[str] = frozenset()  # type: ignore[assignment]
    figure_words: set[str] = frozenset()  # type: ignore[assignment]
    issuing_verbs: set[str] = frozenset()  # type: ignore[assignment]
    habitual_verbs: set[str] = frozenset()  # type: ignore[assignment]
    evidential_cues: set[str] = frozenset()  # type: ignore[assignment]
    person_titles: set[str] = frozenset()  # type: ignore[assignment]
    data_sources: set[str] = frozenset()  # type: ignore[assignment]
    data_cues: set[str] = frozenset()  # type: ignore[assignment]
    judging_adverbs: set[str] = frozenset()  # type: ignore[assignment]
    evidence_hedges: list[str] = field(default_factory=list)
    rival_words: set[str] = frozenset()  # type: ignore[assignment]
    hedge_raising: set[str] = frozenset()  # type: ignore[assignment]
    naming_verbs: set[str] = frozenset()  # type: ignore[assignment]
    condition_marks: set[str] = frozenset()  # type: ignore[assignment]
    toll_kinds: dict[str, set[str]] = field(default_factory=dict)
    zero_figures: list[str] = field(default_factory=list)
    combatant_words: set[str] = frozenset()  # type: ignore[assignment]

    @classmethod
    def load(cls, path: Path | str | None = None) -> ClaimLexicon:
        path = Path(path) if path else DATA_PATH
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ClaimLexiconError(f"{path}: cannot read claim cues: {exc}") from exc
        if not isinstance(raw, dict):
            raise ClaimLexiconError(f"{path}: expected a mapping at the top level")

        def section(name: str, kind: type) -> Any:
            value = raw.get(name)
            if not isinstance(value, kind):
                raise ClaimLexiconError(f"{path}: '{name}' must be a {kind.__name__}")
            return value

        def cues(name: str) -> dict[str, CueInfo]:
            out = {}
            for lemma, info in section(name, dict).items():
                info = info or {}
                stance = info.get("stance", "assert")
                if stance not in ("assert", "deny"):
                    raise ClaimLexiconError(
                        f"{path}: {name}.{lemma}: stance must be assert or deny, got {stance!r}"
                    )
                fact = info.get("factuality")
                if fact is not None and fact not in FACTUALITY_VALUES:
                    raise ClaimLexiconError(f"{path}: {name}.{lemma}: unknown factuality {fact!r}")
                kinds = info.get("content", ["clause", "quote"])
                unknown = set(kinds) - _CONTENT_KINDS
                if unknown:
                    raise ClaimLexiconError(
                        f"{path}: {name}.{lemma}: unknown content kind(s) {sorted(unknown)}; "
                        f"use {sorted(_CONTENT_KINDS)}"
                    )
                out[str(lemma).lower()] = CueInfo(
                    stance, fact, info.get("needs_particle"), frozenset(kinds)
                )
            return out

        hedges = section("hedges", dict)
        anonymous = raw.get("anonymous_sources") or {}
        if not isinstance(anonymous, dict):
            raise ClaimLexiconError(f"{path}: 'anonymous_sources' must be a mapping")
        sourcing = raw.get("sourcing") or {}
        if not isinstance(sourcing, dict):
            raise ClaimLexiconError(f"{path}: 'sourcing' must be a mapping")
        negation = section("negation", dict)
        according = []
        for item in section("according_to", list):
            if not isinstance(item, list) or len(item) != 2:
                raise ClaimLexiconError(
                    f"{path}: according_to entries are [word, preposition|null]"
                )
            according.append((str(item[0]).lower(), item[1]))

        def words(mapping: dict, key: str) -> set[str]:
            value = mapping.get(key, [])
            if not isinstance(value, list):
                raise ClaimLexiconError(f"{path}: '{key}' must be a list")
            return {str(v).lower() for v in value}

        return cls(
            version=str(raw.get("version", "0")),
            verbs=cues("verbs"),
            nouns=cues("nouns"),
            according_to=according,
            impersonal_verbs={str(v).lower() for v in section("impersonal_verbs", list)},
            hedge_words=words(hedges, "words"),
            hedge_modals=words(hedges, "modals"),
            hedge_phrases=sorted(words(hedges, "phrases")),
            anonymous_speakers=words(anonymous, "speakers"),
            anonymity_phrases=sorted(words(anonymous, "phrases")),
            commentator_words=words(anonymous, "commentators"),
            neg_adverbs=words(negation, "adverbs"),
            neg_determiners=words(negation, "determiners"),
            neg_pronouns=words(negation, "pronouns"),
            neg_position_verbs=words(negation, "position_verbs"),
            neg_tie_nouns=words(negation, "tie_nouns"),
            neg_ground_nouns=words(negation, "ground_nouns"),
            gap_cues=words(raw, "gap_cues"),
            carry_over_pronouns={str(v).lower() for v in raw.get("carry_over_pronouns", [])},
            claim_objects=words(raw, "claim_objects") | set(cues("nouns")),
            non_claim_objects=words(raw, "non_claim_objects"),
            narration_verbs=words(sourcing, "narration_verbs"),
            contested_words=words(sourcing, "contested_words"),
            harm_verbs=words(sourcing, "harm_verbs"),
            harm_words=words(sourcing, "harm_words"),
            linking_verbs=words(sourcing, "linking_verbs"),
            ongoing_phrases=sorted(words(sourcing, "ongoing_phrases")),
            sourcing_cues=words(sourcing, "cues"),
            party_sectors=words(sourcing, "party_sectors"),
            monitor_sectors=words(sourcing, "monitor_sectors"),
            official_words=words(sourcing, "official_words"),
            plan_words=words(sourcing, "plan_words"),
            aspect_verbs=words(sourcing, "aspect_verbs"),
            threat_verbs=words(sourcing, "threat_verbs"),
            deny_characterisations=words(raw, "deny_characterisations"),
            anaphoric_speakers=words(raw, "anaphoric_speakers"),
            written_sources=words(raw, "written_sources"),
            document_authors=words(raw, "document_authors"),
            proxy_speakers=words(raw, "proxy_speakers"),
            targeting_verbs=words(raw, "targeting_verbs"),
            nonverbal_cues=words(raw, "nonverbal_cues"),
            hedge_cues=words(hedges, "cues"),
            claim_pronouns=words(raw, "claim_pronouns"),
            media_sources=words(raw, "media_sources"),
            origin_phrases=sorted(words(sourcing, "origin_phrases")),
            origin_verbs=words(sourcing, "origin_verbs"),
            passage_hedges=sorted(words(hedges, "passage")),
            both_sides_words=words(hedges, "both_sides"),
            figure_words=words(hedges, "figures"),
            issuing_verbs=words(raw, "issuing_verbs"),
            habitual_verbs=words(sourcing, "habitual_verbs"),
            evidential_cues=words(raw, "evidential_cues"),
            person_titles=words(raw, "person_titles"),
            data_sources=words(raw, "data_sources"),
            data_cues=words(raw, "data_cues"),
            judging_adverbs=words(sourcing, "judging_adverbs"),
            evidence_hedges=sorted(words(hedges, "evidence")),
            rival_words=words(hedges, "rival"),
            hedge_raising=words(hedges, "raising"),
            naming_verbs=words(raw, "naming_verbs"),
            condition_marks=words(sourcing, "condition_marks"),
            toll_kinds={
                str(kind): words(sourcing.get("toll_kinds") or {}, kind)
                for kind in (sourcing.get("toll_kinds") or {})
            },
            zero_figures=sorted(words(sourcing, "zero_figures")),
            combatant_words=words(sourcing, "combatant_words"),
        )

    @cached_property
    def toll_words(self) -> set[str]:
        """Every word of every toll kind ("killed", "wounded", "casualties")."""
        return set().union(*self.toll_kinds.values()) if self.toll_kinds else set()

    @cached_property
    def accusing_verbs(self) -> set[str]:
        """Cues whose of- or for-phrase names the accused ("accused X of …", "criticised X
        for …"): the `alleged` verbs that take an of-phrase, and any verb that takes a
        for-phrase, since what X is faulted for means nothing without X."""
        return {
            lemma
            for lemma, info in self.verbs.items()
            if (info.factuality == "alleged" and "of" in info.content) or "for" in info.content
        }

    def is_deny_cue(self, cue: str) -> bool:
        """Whether a cue word (as found in a ClaimRecord) denies its content by itself."""
        word = cue.lower().split()[0] if cue.strip() else ""
        for table in (self.verbs, self.nouns):
            for lemma, info in table.items():
                if info.stance == "deny" and _same_lemma(word, lemma):
                    return True
        return False


_STATEMENT_WORDS = frozenset({"statement", "communique", "communiqué", "declaration"})


def _same_lemma(word: str, lemma: str) -> bool:
    # Cheap inflection check so the proposition matcher can read cue words without spaCy.
    if word == lemma:
        return True
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        # "deny" → "denied", "denies": the y turns to i before the ending.
        stem = lemma[:-1] + "i"
        if word.startswith(stem) and len(word) - len(lemma) <= 3:
            return True
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return word.startswith(stem) and len(word) - len(lemma) <= 3


def classify_claim_factuality(
    content: Span, *, cue_factuality: str | None, negated: bool, hedged: bool
) -> str:
    """Factuality of a claim's content as the speaker puts it.

    The shared `watchfloor.extract.factuality.classify_factuality` (applied to the content's
    root) is preferred; this fallback only runs when that module is absent. It looks at the content's own
    markers: conditional → hypothetical, will/shall/going to or a promise cue → future,
    negation → negated, hedges or an allegation cue → alleged.
    """
    if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in content):
        return "hypothetical"
    if negated:
        return "negated"
    if cue_factuality == "future" or any(
        t.tag_ == "MD" and t.lower_ in ("will", "shall", "'ll") for t in content
    ):
        return "future"
    if hedged or cue_factuality == "alleged":
        return "alleged"
    return cue_factuality or "asserted"


def _acronym(tok: Token) -> bool:
    """Whether a token the tagger took for a pronoun is an organisation's initials ("WHO",
    "US") rather than the pronoun, read off the capitals in a sentence that is not all caps."""
    return (
        tok.pos_ == "PRON"
        and len(tok.text) > 1
        and tok.text.isupper()
        and any(c.islower() for c in tok.sent.text)
    )


def _np_core(head: Token) -> tuple[int, int]:
    """Token range of a speaker phrase without its trailing clauses and asides.

    "A security official, speaking on condition of anonymity," → "A security official";
    "a spokesman for the Foreign Office" keeps its of/for-phrase.
    """
    end = head.right_edge.i + 1
    # "A TTP spokesman, Muhammad Khurasani," — the name in apposition is who speaks, so it
    # and the commas around it stay in the phrase.
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    for child in head.rights:
        if name is not None and (
            child.i == name.i or child.dep_ == "punct" and child.i <= name.right_edge.i + 1
        ):
            continue
        if child.dep_ in ("acl", "relcl", "appos", "advcl", "punct", "cc", "conj"):
            end = min(end, child.left_edge.i)
    end = max(end, head.i + 1)
    return head.left_edge.i, end


def _up_chain(tok: Token, deps: tuple[str, ...] = ("conj",)) -> Iterator[Token]:
    """The token, then each head up a chain of `deps` links (at most `_CHAIN_STEPS`)."""
    yield tok
    steps = 0
    while tok.dep_ in deps and tok.head.i != tok.i and steps < _CHAIN_STEPS:
        tok, steps = tok.head, steps + 1
        yield tok


def _denying_forms(lex: ClaimLexicon) -> frozenset[str]:
    """The inflected forms of the lexicon's denying verbs ("denies", "denied", "rejects")."""
    forms: set[str] = set()
    for lemma, info in lex.verbs.items():
        if info.stance != "deny" or " " in lemma:
            continue
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", stem + "ed"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return frozenset(forms)


def _glued_sentence_start(doc: Any, lo: int, hi: int) -> int | None:
    """The first token of a sentence that starts inside tokens [lo, hi) but that the tokenizer
    glued to the one before: after a paragraph break, or where it took the full stop for
    part of an abbreviation ("… of the JUI-F. He said …", "… in the U.S. They …") — a
    capitalised pronoun or determiner right after a token ending in a full stop."""
    for i in range(max(lo, 0), min(hi, len(doc)) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if tok.is_space and "\n" in tok.text:
            # A paragraph break the splitter missed.
            return i + 1
        if (
            len(tok.text) > 1
            and tok.text.endswith(".")
            and tok.whitespace_
            and nxt.text[:1].isupper()
            and (nxt.tag_ in ("PRP", "DT") or nxt.lower_ in _GLUED_PRONOUNS)
        ):
            return i + 1
    return None


def _in_dateline(tok: Token) -> bool:
    """Whether the token is part of a news dateline opening its sentence ("KABUL — ")."""
    sent = tok.sent
    match = _DATELINE.match(sent.text)
    return match is not None and tok.idx < sent.start_char + match.end()


def _names_as(tok: Token) -> bool:
    """Whether `tok` says what something is called: "called it [baseless]", "[as] a step"."""
    return tok.dep_ == "oprd" or tok.dep_ == "prep" and tok.lower_ == "as"


def _opens_quote(tok: Token) -> bool:
    """Whether the clause headed by `tok` starts with (or right after) a quotation mark."""
    first = tok.left_edge
    doc = tok.doc
    return first.text in _QUOTES or first.i > 0 and doc[first.i - 1].text in _QUOTES


def _factuality_version() -> str:
    try:
        from watchfloor.extract.factuality import cues_version
    except ImportError:
        return "none"
    return cues_version()


def _factuality_fn():
    try:
        from watchfloor.extract import factuality as shared  # written by the events helper
    except ImportError:
        return None
    return getattr(shared, "classify_factuality", None)


def record_sentence(doc: Any, record: ClaimRecord) -> Span:
    lo, hi = record.sentence_span
    return doc.char_span(lo, hi, alignment_mode="expand") or doc[0:0]


@dataclass
class ClaimFilter:
    """A learned keep/drop decision over the rules' candidate claims.

    A logistic model over `ClaimExtractor._features`, trained on the dev gold by
    `scripts/train_claim_filter.py` (which also writes its cross-validated scores into the
    file). A candidate is kept when its probability reaches `threshold`; a feature the file
    does not weigh counts zero, so older files keep working when features are added.
    """

    version: str
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None) -> ClaimFilter | None:
        """The packaged filter, or None when there is no file (the rules alone then decide)."""
        path = Path(path) if path else FILTER_PATH
        if not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ClaimLexiconError(f"{path}: cannot read the claim filter: {exc}") from exc
        try:
            weights = {str(k): float(v) for k, v in raw["weights"].items()}
            return cls(
                version=str(raw["version"]),
                weights=weights,
                bias=float(raw["bias"]),
                threshold=float(raw.get("threshold", 0.5)),
                meta={k: v for k, v in raw.items() if k not in ("weights", "bias")},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ClaimLexiconError(
                f"{path}: the claim filter needs 'version', 'weights' (name → number) and "
                f"'bias' ({exc})"
            ) from exc

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold


@dataclass
class _Found:
    cue_start: int
    cue_end: int
    cue: str
    content: tuple[int, int]  # token range [start, end)
    speaker_tokens: tuple[int, int] | None  # token range of the speaker phrase
    speaker_head: int | None
    stance: str
    cue_factuality: str | None
    kind: str  # verb | noun | according | impersonal
    pronoun: str | None = None
    tail: bool = False  # attribution after its content ("…, police said", "…, according to X")
    content_kind: str = ""  # which complement gave the content (a keep/drop filter feature)
    speaker_how: str = "none"  # mention | pronoun | namesake | anaphor | unresolved | none
    # Further speakers joined to the first by "and" ("both the CIA and the ministry denied"):
    # (phrase start, phrase end, head) token positions.
    co_speakers: tuple[tuple[int, int, int], ...] = ()
    # Read off the words of an appended ", a charge X denies" rather than off the parse.
    appended: bool = False


class ClaimExtractor:
    NAME = "watchfloor.claims"
    VERSION = "0.39.0"  # follows `version:` in data/claims.yaml

    def __init__(
        self,
        *,
        lexicon: ClaimLexicon | None = None,
        kb: Any = None,
        gender_of: Callable[[str], str | None] | None = None,
        claim_filter: ClaimFilter | bool = True,
    ) -> None:
        self.lexicon = lexicon or ClaimLexicon.load()
        lex = self.lexicon
        # the words naming a subject that can speak (`_can_speak`), built once
        self._speaking_words = frozenset(
            lex.written_sources
            | lex.document_authors
            | lex.anonymous_speakers
            | lex.official_words
            | lex.anaphoric_speakers
        )
        # the inflected denying verbs `_appended_denials` reads off the words, built once
        self._deny_forms = _denying_forms(lex)
        # claim factuality runs the events' classifier, so its cue file versions the claims too
        self.version = f"{self.VERSION}+cues{self.lexicon.version}+fact{_factuality_version()}"
        self._factuality = _factuality_fn()
        # The caller's knowledge base (with the analysts' own actors) answers the actor and
        # gender look-ups; without one, the packaged KB is loaded on first need.
        self._kb: Any = kb
        # Provisional actors of the current document that a person's title names ("Russia's
        # deputy ambassador, Dmitry Polyanskiy"): people, though the tagger typed them
        # otherwise, so a later "he said" can stand for them.
        self._titled_people: set[str] = set()
        self._gender_of = gender_of or (kb.gender_of if kb is not None else None)
        self.filter = ClaimFilter.load() if claim_filter is True else claim_filter or None
        if self.filter is not None:
            self.version += f"+filter{self.filter.version}"

    # ------------------------------------------------------------------ public
    def extract(self, linked: LinkedDoc) -> list[ClaimRecord]:
        """The document's claims: every candidate the rules find that the filter keeps."""
        return [
            record
            for record, features in self.candidates(linked)
            if self.filter is None or self.filter.keep(features)
        ]

    def candidates(self, linked: LinkedDoc) -> list[tuple[ClaimRecord, dict[str, float]]]:
        """Every claim the rules find, with the features the keep/drop filter reads."""
        doc = linked.doc
        mentions = sorted(linked.actor_mentions, key=lambda m: m.start)
        self._titled_people = set()
        out: list[tuple[ClaimRecord, dict[str, float]]] = []
        previous_speaker: ActorRef | None = None
        # The last speaker that spoke through a document ("the report said", "according to a
        # UN report"): a later "the report also warns" refers back to it, not to whoever
        # was quoted in between.
        written_speaker: ActorRef | None = None
        previous_sent = -9
        # "A shopkeeper near the bank told …. '…,' he said": an unnamed person who just spoke
        # is who the next sentence's "he" is, though the linker has no actor for him.
        unnamed_speaker: ActorRef | None = None
        unnamed_sent = -9
        sents = list(doc.sents)
        # The sentence each kept claim came from, for a later "could not be verified".
        kept_in: list[int] = []
        # Reports dropped as news sourcing, with their sentence: a later "could not be
        # verified" may make them claims after all.
        sourced: list[tuple[int, ClaimRecord, dict[str, float]]] = []
        # The sentences that hedge the accounts before them ("Neither account could be
        # verified").
        hedges: list[int] = []
        for n, sent in enumerate(sents):
            found = self._drop_reported_cues(
                doc,
                self._drop_nested_characterisations(self._drop_quoted_cues(doc, self._find(sent))),
            ) or self._verbless_quote(sent)
            # "The figure could not be verified, and police called it an exaggeration": a
            # passage hedge may open a sentence whose joined clause makes a claim.
            if all(item.cue_start != sent.root.idx for item in found) and self._hedge_passage(
                linked, sent, n, out, kept_in, sourced
            ):
                hedges.append(n)
            seen: set[tuple[int, int, int]] = set()
            pending: list[tuple[_Found, ClaimRecord, bool]] = []
            for item in found:
                key = (item.cue_start, item.content[0], item.content[1])
                if key in seen or item.content[1] <= item.content[0]:
                    continue
                seen.add(key)
                # A cue's claims, and the first half of a quotation the parser split, are read
                # against the same earlier speakers.
                record_of = partial(
                    self._record,
                    linked,
                    mentions,
                    sent,
                    previous=previous_speaker,
                    written=written_speaker,
                    recent=n - previous_sent <= 1,
                    unnamed=unnamed_speaker if n - unnamed_sent == 1 else None,
                )
                record = record_of(item)
                if record is None or (
                    item.appended and (record.speaker is None or not record.speaker.id)
                ):
                    # Words read without a parse must name a speaker the linker knows.
                    continue
                opened = self._quote_opened_before(sents, n, item)
                if opened is not None:
                    # "'They promised to stop them. They have not,' he said": the parser split
                    # one quotation in two. It is one quote-only sentence whose cue closes
                    # both parts, and each quoted sentence is a claim of its own (guide §2.1,
                    # as when the parser keeps the quotation whole).
                    start = sents[n - 1].start_char
                    end = sentence_extent(sent)[1][1]
                    first_part = replace(item, content=opened)
                    first = record_of(first_part)
                    for part in (first, record):
                        if part is not None:
                            part.sentence = linked.text[start:end]
                            part.sentence_span = (start, end)
                    if first is not None:
                        pending.append(
                            (first_part, first, self._is_sourcing(linked, first_part, first))
                        )
                pending.append((item, record, self._is_sourcing(linked, item, record)))
                pending.extend(
                    self._co_speaker_claims(
                        linked, mentions, sent, item, record, previous_speaker, written_speaker
                    )
                )
                # A sourced report still introduces its speaker: "He added …" may refer to it.
                # A speaker inside a relative clause after the sentence's own ("… a term
                # Islamabad uses for groups it says are funded by India. It said …") is an
                # aside: the next "it" is still the sentence's speaker.
                if (
                    record.speaker is not None
                    and record.speaker.id is not None
                    and not (previous_sent == n and self._in_relative_clause(doc, item))
                ):
                    previous_speaker = record.speaker
                    previous_sent = n
                    unnamed_speaker = None
                    if self._written_phrase(doc, item):
                        written_speaker = record.speaker
                elif record.speaker is not None and self._unnamed_person(doc, item):
                    unnamed_speaker, unnamed_sent = record.speaker, n
            # "told reporters that the strikes had targeted a TTP commander, and that 'not a
            # single civilian' had been harmed": a statement that denies something is a
            # rebuttal, and what it reports alongside the denial is part of that position.
            # An inserted "he said" between two clauses ("The strikes hit only hideouts, he
            # said, and not a single civilian was harmed") splits one statement in two.
            parts = Counter(item.cue_start for item, _, _ in pending)
            rebuttals = {
                item.cue_start
                for item, record, sourcing in pending
                if not sourcing
                and record.stance == "deny"
                and (
                    item.content_kind == "clause"
                    or item.content_kind == "quote"
                    and parts[item.cue_start] > 1
                )
            }
            # "Residents said dozens of men had been detained, and that some were still being
            # held": the that-clauses of an unofficial group's statement are one account; when
            # one of them is a claim, so is the rest (an official's or a named person's second
            # clause may still announce their own act: "and that Islamabad had lodged a
            # protest").
            claimed = {
                item.cue_start
                for item, record, sourcing in pending
                if not sourcing
                and item.content_kind == "clause"
                and not item.tail
                and (
                    record.speaker is None
                    or not record.speaker.id
                    or record.speaker.id.startswith("prov:")
                )
                and not self._official_source(doc, item)
                and not self._unnamed_person(doc, item)
                and not (item.speaker_head is not None and doc[item.speaker_head].ent_type_)
            }
            # "It said women had been detained …, and that several were held without
            # charge": a monitor's that-clauses are one set of findings, like a group's.
            claimed |= {
                item.cue_start
                for item, record, sourcing in pending
                if not sourcing
                and item.content_kind == "clause"
                and not item.tail
                and record.speaker is not None
                and self._monitor(record.speaker.id)
            }
            # "dismissed the accusation as baseless and said the operation had been conducted
            # inside Pakistan": what a speaker says beside its own rejection of a charge is
            # its side of the dispute, whichever cue reports it.
            rejecting = {
                record.speaker.id
                for item, record, sourcing in pending
                if not sourcing
                and record.stance == "deny"
                and record.speaker is not None
                and record.speaker.id
                and self.lexicon.is_deny_cue(record.cue)
            }
            # "said two soldiers had been wounded and that 15 fighters had been killed when
            # troops returned fire": once one clause of a speaker's statement is a claim, the
            # clauses it states beside it are that position too (guide §2.1, one row per
            # clause), not sourcing.
            speaking = {
                item.cue_start
                for item, record, sourcing in pending
                if not sourcing and item.kind == "verb" and item.content_kind == "clause"
            }
            # "the Taliban said 19 civilians were killed, while Islamabad said it had hit TTP
            # hideouts": an account set against another party's claim by "while"/"whereas"
            # is the other side of that dispute, even when it tells of the speaker's own act.
            # "gave a higher toll, saying seven soldiers had died": a report the sentence itself
            # sets up as a rival figure or account is one side of a dispute (guide §12 rule 4).
            countered = {item.cue_start for item, _, _ in pending if self._rival_account(doc, item)}
            # A plan set beside another's news ("while Kazakhstan said it would send a trade
            # delegation") answers nothing.
            rivals = self._countered_reports(doc, pending)
            countered |= {
                item.cue_start
                for item, record, _ in pending
                if item.cue_start in rivals
                and not self._announces_own_act(
                    linked,
                    doc[item.content[0] : item.content[1]],
                    record.speaker.id if record.speaker is not None else None,
                )
            }
            # "The provincial government said 11 passengers had been killed, while the BLA
            # put the number of dead troops at 26": a toll set against another party's own
            # toll in the same sentence is one side of a dispute, not sourcing.
            # Rival figures only: both give a count, and of the same thing (the dead, the
            # wounded); "Police said two men were arrested, while the group said its
            # fighters had killed five" sets no toll against another.
            tolls = [
                (item, record, sourcing, kinds)
                for item, record, sourcing in pending
                if self._gives_number(doc, record)
                and (kinds := self._toll_kinds(doc[item.content[0] : item.content[1]]))
            ]
            disputed = {
                item.cue_start
                for item, record, sourcing, kinds in tolls
                if sourcing
                and any(
                    not other_sourcing
                    and self._who(other) != self._who(record)
                    and kinds & other_kinds
                    for _, other, other_sourcing, other_kinds in tolls
                )
            }
            in_sentence = 0
            for item, record, sourcing in pending:
                position = n / max(1, len(sents) - 1)
                features = self._features(linked, item, record, position, n, in_sentence)
                if (
                    sourcing
                    and item.cue_start not in disputed
                    and item.cue_start not in countered
                    and not (
                        item.content_kind == "clause"
                        and not item.tail
                        and (
                            item.cue_start in claimed
                            or record.speaker is not None
                            and record.speaker.id in rejecting
                            or item.cue_start in speaking
                            and not self._own_plan(linked, item, record)
                        )
                    )
                    and not (
                        item.cue_start in rebuttals
                        and (
                            item.content_kind == "clause"
                            and not item.tail
                            or item.content_kind == "quote"
                            and parts[item.cue_start] > 1
                        )
                    )
                ):
                    sourced.append((n, record, features))
                    continue
                out.append((record, features))
                kept_in.append(n)
                in_sentence += 1
        rival = self._rival_tolls(linked, out, kept_in, sourced)
        if rival:
            # Rival tolls are known only once the whole article is read: a passage hedge
            # before which one stands hedges it as it does the claims found in their place
            # ("Neither account could be independently verified").
            for n in hedges:
                self._hedge_passage(linked, sents[n], n, out, kept_in, sourced, only=rival)
        return out

    def _rival_tolls(
        self,
        linked: LinkedDoc,
        out: list[tuple[ClaimRecord, dict[str, float]]],
        kept_in: list[int],
        sourced: list[tuple[int, ClaimRecord, dict[str, float]]],
    ) -> set[int]:
        """Make claims of sourced tolls the document sets against another source's count of
        the same kind (guide §2.1: "a figure … that the article marks as disputed"; fresh6 A1,
        fresh8 C): the lead's "killing 11 recruits, police said" when hospital staff later
        say 15 bodies were brought in, and both counts of one sentence ("Afghan officials
        said one man was wounded; Uzbek authorities said no one was hurt").

        The same incident is read off the layout: a count is set against the lead's, or
        against one in its own sentence or paragraph ("At least 15 protesters were injured,
        according to the sit-in committee. The FC said 11 of its men had been hurt"); a
        count already answered in its own sentence ("the
        administration put the toll at 31, while tribal leaders said 40") is that dispute's.
        No rival count: a subset ("two of the wounded were in critical condition"), one from
        the same side as the source, and past the lead a tally of the attackers or militants
        the forces fought or an armed group's count (its claim of responsibility is its own
        claim; the incident's official toll stays its basic facts). Against a dateline lead
        both count (guide §15 rule 2 (a)): "killing nine people, police said" and the BLA's
        "12 soldiers", or "killed eight militants, the military said" and residents' "11
        people, all civilians".
        """
        doc = linked.doc
        entries = [(False, k, record) for k, (record, _) in enumerate(out)] + [
            (True, j, record) for j, (_, record, _) in enumerate(sourced)
        ]
        tolls: list[tuple[bool, int, ClaimRecord, set[str], bool, bool]] = []
        for is_sourced, k, record in entries:
            if record.factuality in ("generic", "historical", "future", "hypothetical"):
                continue
            content = self._content_of(doc, record)
            if not (self._gives_number(doc, record) or self._zero_figure(content)):
                continue
            kinds = self._toll_kinds(content)
            if not kinds or self._subset_count(content):
                continue
            lead = self._lead_sentence(record_sentence(doc, record))
            tolls.append((is_sourced, k, record, kinds, lead, self._counts_combatants(content)))

        def rivals(a: ClaimRecord, a_kinds: set[str], b: ClaimRecord, b_kinds: set[str]) -> bool:
            return (
                self._who(a) != self._who(b)
                and not self._passage_side(a) & self._passage_side(b)
                and bool(a_kinds & b_kinds)
            )

        answered = {
            id(a)
            for _, _, a, a_kinds, _, a_fight in tolls
            for _, _, b, b_kinds, _, b_fight in tolls
            if a.sentence_span == b.sentence_span
            and not (a_fight or b_fight)
            and rivals(a, a_kinds, b, b_kinds)
        }
        promoted: list[int] = []
        for is_sourced, k, record, kinds, lead, fight in tolls:
            if not is_sourced:
                continue
            for _, _, other, other_kinds, other_lead, other_fight in tolls:
                if not rivals(record, kinds, other, other_kinds):
                    continue
                # A fight's tally rivals only a lead: past it, forces report whom they fought.
                if (fight or other_fight) and not lead:
                    continue
                if other.sentence_span == record.sentence_span or (
                    (lead or other_lead or self._same_paragraph(linked.text, record, other))
                    and id(other) not in answered
                    and id(record) not in answered
                    and not (
                        not lead
                        and other.speaker is not None
                        and other.speaker.id
                        and self._armed_group(other.speaker.id)
                    )
                ):
                    promoted.append(k)
                    break
        made: set[int] = set()
        for k in sorted(promoted):
            at, record, features = sourced[k]
            _insert_in_text_order(out, kept_in, at, record, features)
            made.add(id(record))
        for k in sorted(promoted, reverse=True):
            del sourced[k]
        return made

    @staticmethod
    def _same_paragraph(text: str, a: ClaimRecord, b: ClaimRecord) -> bool:
        """Whether two claims' sentences stand in one paragraph (no blank line between)."""
        lo = min(a.sentence_span[0], b.sentence_span[0])
        hi = max(a.sentence_span[0], b.sentence_span[0])
        return "\n\n" not in text[lo:hi]

    def _subset_count(self, content: Span) -> bool:
        """Whether a count is part of a toll already given ("two of the wounded", "most of
        the dead were civilians"): the condition or make-up of the victims, not a rival
        count."""
        words = self.lexicon.toll_words
        return any(
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            # "two of the wounded", "two of the wounded policemen", "two of the men killed"
            and any(
                w.lower_ in words or w.lemma_.lower() in words
                for w in [t, *(c for c in t.children if c.dep_ in ("amod", "acl"))]
            )
            and t.head.head.pos_ in ("NUM", "ADJ", "PRON", "DET", "NOUN")
            # the subject counted, not an aside ("34 had died, including several of the
            # wounded")
            and t.head.head.dep_ in _SUBJECT_DEPS
            for t in content
        )

    def _zero_figure(self, content: Span) -> bool:
        """Whether the content counts nothing ("no one was hurt"; `sourcing.zero_figures`)."""
        low = " " + " ".join(t.lower_ for t in content) + " "
        return any(f" {phrase} " in low for phrase in self.lexicon.zero_figures)

    def _counts_combatants(self, content: Span) -> bool:
        """Whether a toll counts attackers or militants (`sourcing.combatant_words`): a noun
        counted ("four militants", "three gunmen … were killed") or harmed ("killed nine of
        the attackers") is one. A fight's tally, not the count of an incident's victims."""
        lex = self.lexicon
        victims: list[Token] = []
        for t in content:
            if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in lex.toll_words:
                # "killed nine of the attackers": the noun of the partitive is counted.
                of = next(iter(_prep_objects(t, ("of",))), None)
                victims.append(of if t.pos_ == "NUM" and of is not None else t)
            elif t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in t.children):
                victims.append(t)
        return any(
            t.lower_ in lex.combatant_words or t.lemma_.lower() in lex.combatant_words
            for t in victims
        )

    def _hedge_passage(
        self,
        linked: LinkedDoc,
        sent: Span,
        n: int,
        out: list[tuple[ClaimRecord, dict[str, float]]],
        kept_in: list[int],
        sourced: list[tuple[int, ClaimRecord, dict[str, float]]],
        only: set[int] | None = None,
    ) -> bool:
        """Hedge the accounts a following "… could not be (independently) verified" names
        (guide §7, §8): "Neither account"/"both sides' claims" the two sides' accounts of the
        passage, "Their accounts"/"The claim" the last claim sentence's, "The group's
        figures" only its claims that give a number, "The discrepancy could not be resolved"
        the rival figures of the passage.

        Whether the sentence is such a hedge. With `only` (ids of records), the hedge is read
        again after the document's rival tolls are known: over the claims before it, hedging
        only those records (claims `_rival_tolls` promoted) and promoting no sourced report.
        """
        lex = self.lexicon
        subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return False
        words = {t.lower_ for t in subject.subtree}
        # "He offered no evidence for either charge": the speaker just quoted gave nothing to
        # back the accounts of the last claim sentence (guide §2.2 "without evidence") — the
        # last speaker the pronoun can stand for ("he" is no ministry, "it" no person).
        unbacked = subject.lower_ in lex.carry_over_pronouns and any(
            p in " ".join(sent.text.lower().split()) for p in lex.evidence_hedges
        )
        # "could not be verified" and "Neither account could be verified" alike.
        negated = bool(words & (lex.neg_determiners | lex.neg_pronouns | lex.neg_adverbs)) or any(
            c.dep_ == "neg" for c in sent.root.children
        )
        if not negated and not unbacked:
            return False
        # Read without the negation, and without adverbs too: "could not immediately be
        # resolved" is "could be resolved".
        low = " ".join(t.lower_ for t in sent if t.dep_ != "neg")
        bare = " ".join(t.lower_ for t in sent if t.dep_ not in ("neg", "advmod"))
        if not unbacked and not any(p in low or p in bare for p in lex.passage_hedges):
            return False
        # Who a pronoun hedge is about: "He offered no evidence", "His account …".
        pronoun = subject.lower_ if unbacked else ""
        if unbacked:
            words = set()
        # "The discrepancy could not be resolved": the rival figures of both sides.
        rival = not unbacked and (
            subject.lemma_.lower() in lex.rival_words or subject.lower_ in lex.rival_words
        )
        both_sides = rival or bool(words & lex.both_sides_words)
        figures = rival or (
            subject.lemma_.lower() in lex.figure_words or subject.lower_ in lex.figure_words
        )
        # Read off the words before the verb: the parser may leave the second half of
        # "Neither their account nor the military's figures" out of the subject.
        figures_named = rival or any(
            t.lemma_.lower() in lex.figure_words or t.lower_ in lex.figure_words
            for t in sent.doc[sent.start : sent.root.i]
        )
        if unbacked:
            figures = figures_named = False
        elif (
            not both_sides
            and not figures
            and not (
                subject.lemma_.lower() in lex.claim_objects or subject.lower_ in lex.claim_pronouns
            )
        ):
            return False
        # "The accounts could not be independently verified": a plural subject doubts every
        # account of its own paragraph, whoever gave it (fresh4 README, guide §7 "the claims
        # of that passage"); "The claim" only the last speaker's.
        # "His account could not be verified": one speaker's accounts over the paragraph.
        possessor = next(
            (c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON"), None
        )
        owned = not both_sides and not figures and not unbacked and possessor is not None
        if owned and possessor is not None:
            pronoun = _POSSESSIVE_PRONOUNS.get(possessor.lower_, "")
        doc = sent.doc
        # The paragraph's start; a hedge opening its own paragraph doubts the one before.
        text = linked.text
        opening = text.rfind("\n\n", 0, sent.start_char)
        if not text[max(opening, 0) : sent.start_char].strip():
            opening = text.rfind("\n\n", 0, max(opening, 0))
        # "The organisers' account could not be verified": the organisers' claims of the
        # paragraph, when the owner named is one of its speakers.
        owner = next(
            (c.lower_ for c in subject.children if c.dep_ == "poss" and c.pos_ == "NOUN"),
            "",
        )
        if (
            both_sides
            or figures
            or unbacked
            or not owner
            or not any(
                r.content_span[1] > opening and self._spoken_by(r, owner)
                for r in [r for r, _ in out] + [r for _, r, _ in sourced]
            )
        ):
            owner = ""
        owned = owned or bool(owner)
        paragraph = (
            not both_sides
            and not figures
            and not owned
            and not unbacked
            and subject.tag_ == "NNS"
            and subject.lemma_.lower() in lex.claim_objects
        )
        # Kept claims and sourced reports in document order: a report the article goes on to
        # call unverified is an account of its own (guide §2.1, "a figure/fact that the
        # article marks as … unverified"), so "It said 52 hostages had been recovered" before
        # "Neither side's figures could be verified" becomes a hedged claim.
        entries = sorted(
            [(kept_in[k], out[k][0].content_span[0], k, False) for k in range(len(out))]
            + [(m, rec.content_span[0], j, True) for j, (m, rec, _) in enumerate(sourced)]
        )
        if only is not None:
            # Read again: the claims before the hedge, as the first reading saw them.
            entries = [e for e in entries if e[0] < n]

        def record_of(entry: tuple[int, int, int, bool]) -> ClaimRecord:
            return sourced[entry[2]][1] if entry[3] else out[entry[2]][0]

        if pronoun:
            # "He offered no evidence" after a ministry's claim and a minister's: the
            # minister's; "His account" is no organisation's.
            fitting = [e for e in entries if self._pronoun_fits(linked, record_of(e), pronoun)]
            if (
                owned
                and pronoun == "they"
                and subject.tag_ == "NNS"
                and not any(not e[3] and record_of(e).content_span[1] > opening for e in fitting)
            ):
                # "A tribal elder said … "We buried our children," he said. Their accounts
                # could not be verified": with no plural speaker in the paragraph, "their"
                # gathers its several speakers, as "The accounts" does (fresh12).
                owned = False
                paragraph = True
            else:
                entries = fitting
        if not both_sides and not figures and not paragraph:
            # One account ("The claim could not be verified", "His account …", "He offered no
            # evidence"): the claims it names, not a routine sourced report told after them;
            # a sourced report only when no claim is within reach, or as the same speaker's
            # in the claim's own sentence.
            def in_reach(entry: tuple[int, int, int, bool]) -> bool:
                if owned:
                    return record_of(entry).content_span[1] > opening
                return n - entry[0] <= _PASSAGE_ONE_SIDE

            claimed = [e for e in entries if not e[3] and in_reach(e)]
            if claimed:
                # The speaker's own reports beside the claim still go with it ("accusing
                # Tehran of …, and saying their commander had fled").
                who = self._who(record_of(claimed[-1]))
                entries = [
                    e
                    for e in entries
                    if not e[3] or e[0] == claimed[-1][0] and self._who(record_of(e)) == who
                ]
                # "said two guards had been wounded and claimed that mortar rounds had hit a
                # customs building. The claim could not be verified": "the claim" is what the
                # speaker claimed, not what the same speaker merely said (fresh12).
                named = [
                    e
                    for e in entries
                    if not e[3]
                    and e[0] == claimed[-1][0]
                    and any(w.lower().startswith("claim") for w in record_of(e).cue.split())
                ]
                if subject.tag_ == "NN" and subject.lemma_.lower() == "claim" and named:
                    entries = named
        last_sent = entries[-1][0] if entries else -1
        sides: list[set[str]] = []
        last_speaker: str | None = None
        # (entry, side index): candidates, hedged once the denying sides are known.
        chosen: list[tuple[tuple[int, int, int, bool], int]] = []
        # The earliest account of each side in the passage (read backwards, the last seen):
        # a side whose account opens with a denial ("said there had been no fighting") gives
        # none of its own.
        opens_with: dict[int, ClaimRecord] = {}
        kept_sides: set[int] = set()
        deferred: list[tuple[tuple[int, int, int, bool], set[str]]] = []
        rejecting: dict[tuple[int, str], list[int]] = {}
        for e in entries:
            if not e[3] and lex.is_deny_cue(record_of(e).cue):
                rejecting.setdefault((e[0], self._who(record_of(e))), []).append(
                    record_of(e).span[0]
                )

        def own_figure(record: ClaimRecord) -> bool:
            # "The NRF said none of its fighters had been killed. Neither side's figures could
            # be verified": a side's zero count is its figure, not a denial of the other's.
            return figures and self._zero_figure(self._content_of(doc, record))

        for entry in reversed(entries):
            at, _, k, is_sourced = entry
            record = record_of(entry)
            if paragraph or owned:
                # From the claim's content: the parser may run a sentence over a blank line.
                if record.content_span[1] <= opening:
                    break
            elif n - at > (_PASSAGE_BOTH_SIDES if both_sides else _PASSAGE_ONE_SIDE) or (
                # One side's accounts are those of its last claim sentence.
                not both_sides and at != last_sent
            ):
                break
            who = self._who(record)
            if owner and not self._spoken_by(record, owner):
                continue
            index = 0
            if both_sides:
                side = self._passage_side(record)
                index = next((i for i, seen in enumerate(sides) if side & seen), len(sides))
                if index == len(sides):
                    # A sourced report joins a side that gave an account (known once the
                    # passage is read); it opens one only as one of the rival tolls a figure
                    # hedge names.
                    if is_sourced and not (
                        figures
                        and self._gives_number(doc, record)
                        and self._reports_harm(self._content_of(doc, record))
                    ):
                        deferred.append((entry, side))
                        continue
                    # The local account (residents, an official the knowledge base does
                    # not place) stands beside the two parties: "Neither side's figures"
                    # after the NRF, a Baghlan police spokesman and Taliban officials.
                    if side != _UNPLACED and sum(seen != _UNPLACED for seen in sides) == 2:
                        break
                    sides.append(side)
                if (
                    not is_sourced
                    and not lex.is_deny_cue(record.cue)
                    and any(record.span[0] > cue for cue in rejecting.get((at, who), ()))
                ):
                    # "rejected the accusations, saying the Afghan side had honoured its
                    # commitments": what a side goes on to say after its rejection is part of
                    # it ("claimed …, and denied …" keeps the claim).
                    continue
            elif not paragraph:
                if last_speaker is None:
                    last_speaker = who
                elif who != last_speaker:
                    break
            if both_sides and not is_sourced:
                opens_with[index] = record
            if (
                (both_sides or paragraph)
                and record.stance != "assert"
                and (lex.is_deny_cue(record.cue) or not both_sides)
            ):
                # A side's rejection of the other's account is no account of its own.
                continue
            if figures and not (self._gives_number(doc, record) or own_figure(record)):
                continue
            if not is_sourced:
                kept_sides.add(index)
            chosen.append((entry, index))
        # "Neither account …" doubts the accounts, not a side's denials, nor what a side whose
        # account is a denial says alongside (fresh4 README); a side that gave its own account
        # first keeps its denials of the other's within that account ("There were no
        # commanders there, only a farmer and his family").
        denying = {
            i
            for i, first in opens_with.items()
            if first.stance != "assert" and not lex.is_deny_cue(first.cue) and not own_figure(first)
        }
        for entry, side in deferred:
            index = next((i for i, seen in enumerate(sides) if side & seen), -1)
            if index >= 0 and (not figures or self._gives_number(doc, record_of(entry))):
                chosen.append((entry, index))
        # With both parties' accounts in the passage, the local ones beside them (a doctor's
        # count, a farmer's) are no side's (fresh15 hh-06-10).
        if sum(seen != _UNPLACED for seen in sides) == 2:
            denying |= {i for i, seen in enumerate(sides) if seen == _UNPLACED}
        promoted: list[tuple[int, int]] = []
        for (_, _, k, is_sourced), index in chosen:
            if both_sides and index in denying:
                continue
            if only is not None and (is_sourced or id(out[k][0]) not in only):
                continue
            if (
                both_sides
                and (out[k][0] if not is_sourced else sourced[k][1]).stance != "assert"
                # a side opened by a sourced report (no record here) gave an account
                and index in opens_with
                and opens_with[index].stance != "assert"
                and not own_figure(opens_with[index])
            ):
                # A side's denial is part of its account only when it gave one first.
                continue
            if is_sourced:
                # Over several accounts, a sourced report joins only a side that gave one, and
                # only as the figures the hedge names ("Neither their account nor the
                # military's figures" takes the military's "One soldier was injured, it
                # said"; "Neither account" leaves a side's own losses sourced). Rival tolls a
                # figure hedge names are claims whoever gave them ("The discrepancy could not
                # be resolved" after police and doctors gave their counts).
                if (both_sides or paragraph or owned) and not (
                    figures_named
                    and self._gives_number(doc, sourced[k][1])
                    and (index in kept_sides or both_sides and figures)
                ):
                    continue
                promoted.append((sourced[k][0], k))
                record, features = sourced[k][1], sourced[k][2]
            else:
                record, features = out[k]
            record.hedged = True
            if record.factuality == "asserted":
                record.factuality = "alleged"
            features["hedged"] = 1.0
        for at, k in sorted(promoted):
            record, features = sourced[k][1], sourced[k][2]
            _insert_in_text_order(out, kept_in, at, record, features)
        for k in sorted((k for _, k in promoted), reverse=True):
            del sourced[k]
        return True

    def _passage_side(self, record: ClaimRecord) -> set[str]:
        """The side a claim speaks for in a two-sided passage. Speakers the knowledge base
        does not place (residents, an elder, hospital doctors) are one side together: the
        local account set against a party's."""
        speaker = record.speaker
        actor_id = speaker.id if speaker is not None else None
        if not actor_id or actor_id.startswith("prov:") or self._kb_actor(actor_id) is None:
            return set(_UNPLACED)
        return self._side(actor_id)

    @staticmethod
    def _content_of(doc: Any, record: ClaimRecord) -> Span:
        content = doc.char_span(*record.content_span, alignment_mode="expand")
        return content if content is not None else doc[0:0]

    def _pronoun_fits(self, linked: LinkedDoc, record: ClaimRecord, pronoun: str) -> bool:
        """Whether a pronoun ("he", "it", "they") can stand for the claim's speaker: "he" for
        a man or a titled person, "it" for a body, "they" for a body or several people."""
        speaker = record.speaker
        if speaker is None:
            return False
        actor = (
            (linked.actors.get(speaker.id) or self._kb_actor(speaker.id)) if speaker.id else None
        )
        if pronoun == "they":
            return (
                actor is None
                or speaker.id is None
                or self._fits_pronoun(linked, speaker.id, pronoun)
            )
        if pronoun not in ("he", "she", "it"):
            return True
        if pronoun in ("he", "she") and self._one_of(linked, record):
            # "One of the men … told reporters …. His account could not be verified": one
            # member of a group the linker took for the group is one person.
            return True
        if actor is not None and speaker.id is not None:
            return self._fits_pronoun(linked, speaker.id, pronoun)
        # An unresolved speaker: its phrase's head says whether it is one person.
        doc = linked.doc
        lo, hi = record.sentence_span
        at = linked.text.find(speaker.text, lo, hi) if speaker.text else -1
        phrase = (
            doc.char_span(at, at + len(speaker.text), alignment_mode="expand") if at >= 0 else None
        )
        if phrase is None:
            return True
        head = phrase.root
        if head.tag_ in ("NNS", "NNPS"):
            return False
        person = head.ent_type_ == "PERSON" or head.lemma_.lower() in self.lexicon.person_titles
        return not person if pronoun == "it" else True

    @staticmethod
    def _one_of(linked: LinkedDoc, record: ClaimRecord) -> bool:
        """Whether the speaker phrase is "one of <group>" ("One of the men", "one of the
        survivors")."""
        speaker = record.speaker
        if speaker is None or not speaker.text:
            return False
        text = linked.text
        lo, hi = record.sentence_span
        at = text.find(speaker.text, lo, hi)
        return at >= 0 and text[max(lo, at - 7) : at].lower() == "one of "

    @staticmethod
    def _who(record: ClaimRecord) -> str:
        speaker = record.speaker
        return (speaker.id or speaker.text or "") if speaker is not None else ""

    @staticmethod
    def _gives_number(doc: Any, record: ClaimRecord) -> bool:
        # A count, not an ordinal ("the second vehicle") nor a date ("in March 2024").
        content = doc.char_span(*record.content_span, alignment_mode="expand")
        return content is not None and any(
            t.like_num and t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME") for t in content
        )

    @staticmethod
    def _spoken_by(record: ClaimRecord, owner: str) -> bool:
        """Whether the claim's speaker phrase is the owner a hedge names ("The organisers'
        account" → the organisers' claims)."""
        if record.speaker is None or not record.speaker.text:
            return False
        words = record.speaker.text.lower().split()
        return bool(words) and words[-1].rstrip("s") == owner.rstrip("s")

    def _co_speaker_claims(
        self,
        linked: LinkedDoc,
        mentions: list[ActorMention],
        sent: Span,
        item: _Found,
        record: ClaimRecord,
        previous: ActorRef | None,
        written: ActorRef | None,
    ) -> list[tuple[_Found, ClaimRecord, bool]]:
        """One claim per further known actor in a coordinated speaker phrase: "a report that
        both the CIA and the Taliban's foreign ministry denied" is denied by each."""
        first = record.speaker.id if record.speaker is not None else None
        if not item.co_speakers or not first or first.startswith("prov:"):
            return []
        out: list[tuple[_Found, ClaimRecord, bool]] = []
        spoken = {first}
        for lo, hi, head in item.co_speakers:
            twin = replace(item, speaker_tokens=(lo, hi), speaker_head=head, co_speakers=())
            twin_record = self._record(linked, mentions, sent, twin, previous, written)
            speaker = twin_record.speaker if twin_record is not None else None
            if (
                twin_record is None
                or speaker is None
                or not speaker.id
                or speaker.id.startswith("prov:")
                or speaker.id in spoken
            ):
                continue
            spoken.add(speaker.id)
            out.append((twin, twin_record, self._is_sourcing(linked, twin, twin_record)))
        return out

    def _features(
        self,
        linked: LinkedDoc,
        item: _Found,
        record: ClaimRecord,
        position: float,
        sent_index: int,
        in_sentence: int,
    ) -> dict[str, float]:
        """What the keep/drop filter knows about a candidate (see `claim_filter.json`)."""
        doc = linked.doc
        lex = self.lexicon
        content = doc[item.content[0] : item.content[1]]
        cue_tok = next((t for t in record_sentence(doc, record) if t.idx == item.cue_start), None)
        lemma = cue_tok.lemma_.lower() if cue_tok is not None else ""
        info = lex.verbs.get(lemma) if item.kind == "verb" else None
        before = doc[content.start - 1] if content.start > 0 else None
        after = doc[content.end] if content.end < len(doc) else None
        after2 = doc[content.end + 1] if content.end + 1 < len(doc) else None
        opens = before is not None and before.text in _QUOTES or content[0].text in _QUOTES
        closes = any(t is not None and t.text in _QUOTES for t in (after, after2))
        kind = "none"
        if record.speaker is not None:
            actor = (
                linked.actors.get(record.speaker.id) or self._kb_actor(record.speaker.id)
                if record.speaker.id
                else None
            )
            if actor is None or actor.provisional:
                kind = "unknown"
            else:
                kind = {"person": "person", "country": "state"}.get(actor.kind, "org")
        assertion = any(
            t.dep_ in ("nsubj", "nsubjpass", "expl")
            and t.head.i in range(content.start, content.end)
            and any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in [t.head, *t.head.children])
            for t in content
        )
        root = content.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        words = {t.lower_ for t in content} | {t.lemma_.lower() for t in content}
        named = [
            m
            for m in linked.actor_mentions_in(content.start_char, content.end_char)
            if m.actor_id and not m.actor_id.startswith("prov:")
        ]
        return {
            "cue_deny": float(item.stance == "deny"),
            "cue_alleged": float(item.cue_factuality == "alleged" and item.kind != "impersonal"),
            "cue_future": float(item.cue_factuality == "future"),
            "cue_saylike": float(info is not None and info.content <= {"clause", "quote"}),
            "kind_according": float(item.kind == "according"),
            "kind_noun": float(item.kind == "noun"),
            "kind_impersonal": float(item.kind == "impersonal"),
            "content_clause": float(item.content_kind == "clause"),
            "content_infinitive": float(item.content_kind == "infinitive"),
            "content_phrase": float(
                item.content_kind in ("prep", "object", "passive", "characterise")
            ),
            "tail": float(item.tail),
            "quote_direct": float(opens and closes),
            "quote_partial": float(
                not (opens and closes) and any(t.text in _QUOTES for t in content)
            ),
            "length": math.log1p(len(content)) / 3.0,
            "assertion": float(assertion),
            "speaker_person": float(kind == "person"),
            "speaker_org": float(kind == "org"),
            "speaker_state": float(kind == "state"),
            "speaker_unknown": float(kind == "unknown"),
            "speaker_carried": float(item.speaker_how in ("pronoun", "anaphor", "namesake")),
            "hedged": float(record.hedged),
            "position": position,
            "first_sentence": float(sent_index == 0),
            "event_report": float(any(v.lemma_.lower() in lex.narration_verbs for v in verbs)),
            "contested": float(bool(words & lex.contested_words)),
            "negated": float(record.stance != item.stance),
            "later_in_sentence": float(in_sentence > 0),
            "names_actor": float(bool(named)),
            "first_person": float(any(t.lower_ in _FIRST_PERSON for t in content)),
        }

    # ------------------------------------------------------------------ finding cues
    def _find(self, sent: Span) -> list[_Found]:
        lex = self.lexicon
        out: list[_Found] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in lex.verbs:
                out.extend(
                    self._before_tail_cue(sent.doc, f)
                    for f in self._verb_claims(tok, lex.verbs[lemma])
                )
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns:
                item = self._noun_claim(tok, lex.nouns[lemma])
                if item:
                    out.append(item)
            elif lemma in {a for a, _ in lex.according_to} or tok.lower_ in {
                a for a, _ in lex.according_to
            }:
                out.extend(self._according_claim(tok))
        if not out:
            out.extend(self._misparsed_quote(sent))
        taken = [(f.cue_start, f.cue_end) for f in out]
        for report in self._stranded_reports(sent):
            if not any(lo < report.cue_end and report.cue_start < hi for lo, hi in taken):
                out.append(report)
        for denial in self._appended_denials(sent):
            # The parse may have found the same verb without its auxiliaries.
            if any(lo < denial.cue_end and denial.cue_start < hi for lo, hi in taken):
                continue
            # What the denial is appended to ends at its comma.
            comma = denial.content[0] - 1
            out = [
                self._speaker_before(
                    sent.doc,
                    replace(f, content=(f.content[0], comma))
                    if f.content[0] < comma < f.content[1]
                    else f,
                    comma,
                )
                for f in out
            ]
            out.append(denial)
        return out

    @staticmethod
    def _speaker_before(doc: Any, f: _Found, comma: int) -> _Found:
        """A cue before an appended denial whose speaker the parser took from inside it
        ("Clerics preached against it, calling it a plot, a charge officials rejected": the
        parse makes "rejected" the root and "officials" everyone's subject): the speaker is
        the subject of the nearest verb above the cue before the comma."""
        if (
            f.speaker_tokens is None
            or f.speaker_tokens[0] <= comma
            or f.cue_start >= doc[comma].idx
        ):
            return f
        cue = doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
        if cue is None:
            return f
        for verb in [cue[0], *cue[0].ancestors]:
            if verb.i >= comma:
                break
            subject = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < comma),
                None,
            )
            if subject is not None:
                lo, hi = _np_core(subject)
                return replace(
                    f,
                    speaker_tokens=(lo, hi),
                    speaker_head=subject.i,
                    pronoun=subject.lower_ if subject.pos_ == "PRON" else None,
                )
        return f

    def _verbless_quote(self, sent: Span) -> list[_Found]:
        """A quotation whose attribution has no verb ('"We will not bow to pressure," the
        minister.', '"…": Foreign Office spokesperson X.', 'The minister: "…"'): the speaker
        is the bare noun phrase beside the quotation."""
        doc = sent.doc
        words = [t for t in sent if not t.is_space]
        while words and words[-1].is_punct and words[-1].text not in _QUOTES:
            words.pop()
        if len(words) < 4:
            return []
        quotes = [i for i, t in enumerate(words) if t.text in _QUOTES]
        if len(quotes) != 2:
            return []
        first, last = quotes
        if first == 0 and last < len(words) - 1:
            # the quotation first, then "," (inside it) or ":" and the speaker
            inner = words[1:last]
            phrase = words[last + 1 :]
            mark = inner[-1] if inner and inner[-1].text == "," else None
            if phrase and phrase[0].text in (":", ","):
                mark, phrase = phrase[0], phrase[1:]
            if mark is None:
                return []
            inner = [t for t in inner if t is not mark]
            tail = True
        elif last == len(words) - 1 and first > 1 and words[first - 1].text == ":":
            phrase, inner = words[: first - 1], words[first + 1 : last]
            mark, tail = words[first - 1], False
        else:
            return []
        while inner and inner[-1].is_punct:
            inner.pop()
        if (
            not inner
            or not phrase
            or len(phrase) > 12
            or any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in phrase)
            or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase)
        ):
            return []
        speaker = doc[phrase[0].i : phrase[-1].i + 1]
        if not self._can_speak(speaker.root):
            # '"Peace, not war," the banner.': a thing quoted from, not a speaker.
            return []
        return [
            _Found(
                cue_start=mark.idx,
                cue_end=mark.idx + len(mark.text),
                cue=mark.text,
                content=(inner[0].i, inner[-1].i + 1),
                speaker_tokens=(speaker.start, speaker.end),
                speaker_head=speaker.root.i,
                stance="assert",
                cue_factuality=None,
                kind="verb",
                tail=tail,
                content_kind="quote",
                speaker_how="mention",
            )
        ]

    def _misparsed_quote(self, sent: Span) -> list[_Found]:
        """A quote-only sentence whose quotation the parser broke up ('"Wheat today,
        weapons tomorrow," Asif said.', '"Every time the guns speak, the border shuts …,"
        said Ghulam Sakhi, a fuel importer'): the quotation is the content of the cue that
        closes it (guide §2.1), read off the quotation marks when no clause of the parse
        reaches the cue."""
        words = [t for t in sent if not t.is_space]
        if len(words) < 5 or words[0].text not in _QUOTES:
            return []
        quotes = [i for i, t in enumerate(words) if t.text in _QUOTES]
        if len(quotes) != 2 or quotes[0] != 0:
            return []
        last = quotes[1]
        inner = words[1:last]
        if not inner or inner[-1].text != ",":
            # '"…," he said': the comma inside the closing mark hands the words to the cue.
            return []
        inner = inner[:-1]
        cue = sent.root
        info = self.lexicon.verbs.get(cue.lemma_.lower())
        if (
            info is None
            or "quote" not in info.content
            or cue.pos_ not in ("VERB", "AUX")
            or cue.i <= words[last].i
            or cue.i - words[last].i > 6
            or any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)
        ):
            return []
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > words[last].i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        if not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in inner):
            return []
        lo, hi = _np_core(subject)
        pronoun = subject.lower_ if subject.pos_ == "PRON" else None
        return [
            _Found(
                cue_start=cue.idx,
                cue_end=cue.idx + len(cue.text),
                cue=self._cue_text(cue),
                content=(inner[0].i, inner[-1].i + 1),
                speaker_tokens=(lo, hi),
                speaker_head=subject.i,
                stance=info.stance,
                cue_factuality=info.factuality,
                kind="verb",
                pronoun=pronoun,
                tail=True,
                content_kind="quote",
            )
        ]

    def _stranded_reports(self, sent: Span) -> Iterator[_Found]:
        """ "groups it says are backed by India", "camps they claim were destroyed": a
        reporting verb inside a relative clause without its pronoun, read off the words
        because the parser often hangs the verb on another noun and its clause elsewhere."""
        lex = self.lexicon
        doc = sent.doc
        for tok in sent:
            info = lex.verbs.get(tok.lemma_.lower())
            if (
                info is None
                # "the pattern it describes has been …": a verb that can take an object
                # leaves the noun as its object, not as the subject of a reported clause.
                or tok.lemma_.lower() not in lex.gap_cues
                or tok.tag_ not in ("VBZ", "VBD", "VBP")
                or tok.i - 2 < sent.start
                or tok.i + 2 >= sent.end
            ):
                continue
            pronoun, host, first = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
            if (
                pronoun.lower_ not in ("it", "they", "he", "she")
                or host.pos_ not in ("NOUN", "PROPN")
                or not (first.pos_ == "AUX" or first.tag_ in ("VBD", "VBZ", "VBP", "MD"))
            ):
                continue
            end = first.i + 1
            while end < sent.end and not (doc[end].is_punct and doc[end].text not in _QUOTES):
                end += 1
            if end - first.i < 2:
                continue
            yield _Found(
                cue_start=tok.idx,
                cue_end=tok.idx + len(tok.text),
                cue=tok.text,
                content=(first.i, end),
                speaker_tokens=(pronoun.i, pronoun.i + 1),
                speaker_head=pronoun.i,
                stance=info.stance,
                cue_factuality=info.factuality,
                kind="verb",
                pronoun=pronoun.lower_,
                content_kind="clause",
            )

    def _appended_denials(self, sent: Span) -> Iterator[_Found]:
        """ ", a charge the military denies", ", an allegation police denied", ", a figure
        the police chief, X, dismissed as propaganda", ", a finding Kabul called baseless": a
        denial appended to a report, read off the words because the tagger often misreads it
        ("the military denies" as a plural noun, "allegation police" as one compound noun)."""
        lex = self.lexicon
        doc = sent.doc
        for tok in sent:
            if tok.lower_ not in ("a", "an") or tok.i == sent.start:
                continue
            noun = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if doc[tok.i - 1].text != "," or noun is None:
                continue
            if (
                noun.lemma_.lower() not in lex.claim_objects
                and noun.lower_ not in lex.claim_objects
            ):
                continue
            found = self._appended_verdict(sent, noun)
            if found is None:
                continue
            speaker, cue_first, verb = found
            head = max(t.i for t in speaker if t.pos_ in ("NOUN", "PROPN"))
            yield _Found(
                cue_start=cue_first.idx,
                cue_end=verb.idx + len(verb.text),
                cue=doc[cue_first.i : verb.i + 1].text,
                content=(tok.i, noun.i + 1),
                speaker_tokens=(speaker.start, speaker.end),
                speaker_head=head,
                stance="deny",
                cue_factuality=None,
                kind="verb",
                content_kind="object",
                speaker_how="mention",
                appended=True,
            )

    def _appended_verdict(self, sent: Span, noun: Token) -> tuple[Span, Token, Token] | None:
        """The speaker, first cue word and verb of the relative clause closing ", a <claim
        noun> …": a short noun phrase (perhaps with its name in commas: "the police chief,
        X,"), auxiliaries or adverbs ("has repeatedly"), then a denying verb, or a naming verb
        with a false-calling word ("called baseless", "dismissed as propaganda")."""
        lex = self.lexicon
        doc = sent.doc
        words: list[Token] = []
        verb = None
        for t in doc[noun.i + 1 : min(noun.i + 12, sent.end)]:
            if t.lower_ in self._deny_forms or (
                t.lemma_.lower() in lex.naming_verbs | {"describe"}
                and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")
            ):
                verb = t
                break
            if (
                t.lower_ in ("that", "which", "who")
                or t.text in (";", ":", "(", ")")
                or t.text in _QUOTES
            ):
                return None
            words.append(t)
        if verb is None or not words:
            return None
        # Auxiliaries and adverbs between the speaker and the verb belong to the cue.
        split = len(words)
        while split > 0 and (
            words[split - 1].tag_ in ("MD", "RB")
            or words[split - 1].lemma_.lower() in ("have", "be")
            and words[split - 1].pos_ in ("AUX", "VERB")
        ):
            split -= 1
        phrase, auxiliaries = words[:split], words[split:]
        commas = [i for i, t in enumerate(phrase) if t.text == ","]
        if commas:
            # "the district police chief, X, dismissed": the name in commas is who spoke.
            if len(commas) != 2 or commas[1] != len(phrase) - 1 or commas[0] == 0:
                return None
            phrase = phrase[commas[0] + 1 : commas[1]]
            if not phrase or not all(t.pos_ == "PROPN" for t in phrase):
                return None
        if not phrase or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
            return None
        if any(t.pos_ in ("AUX", "VERB", "ADV", "PRON", "ADP") or t.is_punct for t in phrase):
            return None
        after = list(doc[verb.i + 1 : sent.end])
        tail: list[Token] = []
        for t in after:
            if t.is_punct and t.text not in _QUOTES:
                break
            tail.append(t)
        if verb.lower_ not in self._deny_forms:
            # A naming verb denies only with its verdict: "called baseless", "described
            # as propaganda" (not "called a turning point").
            if not any(t.lower_ in lex.deny_characterisations for t in tail[:5]):
                return None
        elif (
            tail
            and tail[0].lower_ != "as"
            and any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("that", "which") for t in tail)
        ):
            # "a claim police denied had happened": the relative clause goes on.
            return None
        return doc[phrase[0].i : phrase[-1].i + 1], auxiliaries[0] if auxiliaries else verb, verb

    @staticmethod
    def _before_tail_cue(doc: Any, f: _Found) -> _Found:
        """A tail attribution inside the range a misparse gave its content ("PESHAWAR —
        Gunmen shot dead a cleric on Tuesday, police said, the latest in a spate of
        killings"): what is reported ends before the attribution."""
        lo, hi = f.content
        if not f.tail or f.speaker_tokens is None:
            return f
        inserted = ClaimExtractor._inserted_cue(doc, f)
        if inserted is not None and all(
            doc[i].is_punct or doc[i].tag_ in ("WRB", "WDT", "WP", "CC")
            for i in range(lo, f.speaker_tokens[0])
        ):
            # "…, where, he said, foreign instructors trained them": only a connective
            # precedes the inserted clause, so what is reported is what follows it.
            return inserted
        cue = doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
        start = min(f.speaker_tokens[0], cue.start) if cue is not None else f.speaker_tokens[0]
        if not lo < start < hi:
            return f
        end = start
        while end > lo and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return replace(f, content=(lo, end)) if end - lo >= 3 else f

    def _cue_word(self, tok: Token) -> bool:
        """Whether `tok` is a reporting verb of the lexicon, with its particle when it needs
        one ("make" is one only in "made clear")."""
        info = self.lexicon.verbs.get(tok.lemma_.lower())
        if info is not None and tok.lemma_.lower() in self.lexicon.data_cues:
            subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
            return subject is not None and self._owned_data(subject)
        if (
            info is not None
            and info.factuality == "future"
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        ):
            # "the line is expected to double supplies, officials said": a passive forecast
            # is part of the report around it, not a speaker's prediction of its own.
            return False
        if info is not None and info.content == {"figure"}:
            # "put the toll at five", "gave a toll of 17": a figure cue with no figure says
            # nothing ("gave guarantees", "families had been given days").
            return any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.figure_words
                for c in tok.children
            )
        return info is not None and (
            not info.needs_particle
            or any(
                c.dep_ in _PARTICLE_DEPS and c.lower_ == info.needs_particle for c in tok.children
            )
        )

    @staticmethod
    def _neither_nor(cue: Token) -> bool:
        """Whether the verb is one of a "neither … nor …" pair ("neither confirmed nor denied
        it"): a refusal to take either position."""
        heads = [cue, cue.head] if cue.dep_ == "conj" else [cue]
        return any(
            (c.dep_ == "preconj" and c.lower_ == "neither")
            or (c.dep_ == "cc" and c.lower_ == "nor")
            for head in heads
            for c in head.children
        )

    def _verb_claims(self, cue: Token, info: CueInfo) -> list[_Found]:
        lex = self.lexicon
        if not self._cue_word(cue):
            # "pointed out", "made (it) clear that …": a verb that needs its particle.
            return []
        # A cue inside a content clause of another cue still makes its own claim, but a
        # modifier use ("the so-called", "a claimed attack") does not.
        if cue.dep_ in ("amod", "compound"):
            return []
        if any(c.dep_ == "neg" for c in cue.children) or self._neither_nor(cue):
            # "Officials did not say …", "have not acknowledged the strikes", "neither
            # confirmed nor denied it": nothing is claimed.
            return []
        if self._infinitive(cue):
            # "expects Kabul to … deny the use of its soil", "refused to confirm": an expected
            # or refused act, not something anyone has said.
            return []
        if cue.dep_ == "xcomp" and cue.tag_ == "VBG" and cue.head.lemma_.lower() in _HALTING_VERBS:
            # "Pakistan should stop blaming its neighbours": an act of speech the speaker wants
            # ended is the speaker's retort, not the other side's claim.
            return []
        if cue.lemma_.lower() in lex.naming_verbs and any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in cue.children
        ):
            # "a commander calling himself Qari Hamza": a name taken, not a claim.
            return []
        if self._in_hypothesis(cue):
            # "If the Taliban keep denying what everyone can see, …": a supposed act of
            # speech, not one anyone made.
            return []
        children = list(cue.children)
        if (
            cue.tag_ == "VBN"
            and cue.dep_ in ("acl", "advcl", "ccomp")
            and not any(
                c.dep_ in ("aux", "auxpass", "agent", "ccomp", "dobj", "mark") for c in children
            )
        ):
            # "38 civilians, many of them accused of links to the NRF": a participle with no
            # auxiliary and no clause or object of its own describes who is accused; nobody
            # is said to speak. ("although a team estimated that …" may be tagged VBN too.)
            return []
        # With two subjects the one next to the cue speaks: "KABUL — The National Resistance
        # Front said …" hangs the dateline on the verb too.
        subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS]
        before = [c for c in subjects if c.i < cue.i]
        subject = _speaking_subject(before) if before else next(iter(subjects), None)
        if subject is None:
            # "…, but Taliban officials have in the past accused Pakistan of …": with words
            # between them, the parser may hang the subject on the auxiliary, and the cue,
            # left without one, would borrow the first conjunct's speaker.
            subject = next(
                (
                    s
                    for aux in children
                    if aux.dep_ in ("aux", "auxpass") and aux.i < cue.i
                    for s in aux.children
                    if s.dep_ in _SUBJECT_DEPS and s.i < aux.i
                ),
                None,
            )
        if (
            subject is None
            and cue.dep_ == "acl"
            and cue.tag_ == "VBG"
            and cue.head.pos_ in ("NOUN", "PROPN")
        ):
            # "… with a spokesman saying that …": the participle's noun is the speaker.
            subject = cue.head
        if subject is None and cue.dep_ == "ROOT":
            subject = self._stranded_subject(cue)
        glued_pronoun = self._glued_pronoun(cue) if subject is None else None
        if glued_pronoun is not None:
            # "… in a post on X. He added that …": the parser, reading one sentence, hung the
            # second one's pronoun on the first; it is still the cue's own subject.
            subject = glued_pronoun
        if subject is not None and _in_dateline(subject):
            # "KABUL — The Taliban's chief spokesman, Zabihullah Mujahid, told …": the parser
            # makes the dateline the subject and hangs the speaker on it in apposition.
            subject = next((c for c in subject.rights if c.dep_ == "appos"), subject)
        if subject is not None and subject.tag_ in ("WP", "WDT") and subject.lower_ != "what":
            # "according to residents, who said …", "accounts, which claimed …": the relative
            # pronoun speaks for the noun it refers back to.
            subject = self._antecedent(subject, cue) or subject
        if (
            subject is None
            and cue.dep_ == "conj"
            and cue.tag_ in ("VBD", "VBZ", "VBP")
            and cue.i > 0
            and (prev := cue.doc[cue.i - 1]).pos_ in ("NOUN", "PROPN")
            and prev.dep_ in ("conj", "pobj", "dobj")
            and prev.head.i != cue.i
        ):
            # "… defended the line on Afghanistan and opposition lawmakers accused them …":
            # the parser joined the nouns and the verbs; a noun right before a finite verb
            # with no subject of its own is that subject.
            subject = prev
        if (
            subject is None
            and cue.dep_ == "pcomp"
            and cue.head.lower_ == "as"
            and cue.head.head.lemma_.lower() == "quote"
        ):
            # "The agency quoted him as telling reporters that …": the one quoted speaks.
            subject = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
        if subject is None and cue.dep_ in ("conj", "xcomp", "advcl"):
            # "… said X and added that …": the conjunct shares its head's subject.
            host = cue.head
            kinds_of_cue = info.content
            governing = self._participle_governor(cue)
            if governing is not None:
                host = governing
            if (
                cue.dep_ == "conj"
                and "clause" in kinds_of_cue
                and host.dep_ == "pcomp"
                and host.head.dep_ == "prep"
                and self._cue_word(host.head.head)
            ):
                # "accusing New Delhi of planning the attack and saying …": the parser joins
                # the second cue to the gerund of the first one's of-phrase; whoever accuses
                # also says.
                host = host.head.head
                if not any(c.dep_ in _SUBJECT_DEPS for c in host.children):
                    host = self._participle_governor(host) or host.head
            if cue.dep_ == "conj" and (reporter := self._reporter_of(host)) is not None:
                # "X said the attackers were proxies and vowed that …", "said the crossing
                # would reopen 'once the situation allows' and repeated …": the parser hangs
                # the second cue on the reported clause, but the one who vows is the reporter.
                host = reporter
            # "Mujahid, asked about the report, rejected it and said …": every verb of a
            # chain of conjuncts shares the first one's subject.
            chain = list(_up_chain(host))
            host = next(
                (t for t in chain if any(c.dep_ in _SUBJECT_DEPS for c in t.children)), chain[-1]
            )
            if (
                host.i == cue.head.i
                and host.dep_ == "advcl"
                and host.head.i < host.i
                and self._cue_word(host)
                and not any(c.dep_ in _SUBJECT_DEPS for c in host.children)
            ):
                # "said …, added that … and warned that …": the parser hangs the second cue
                # on the first as an adverbial clause and the third on the second; all three
                # share the first one's subject.
                host = host.head
            if (
                cue.dep_ == "conj"
                and cue.tag_ in ("VBD", "VBZ")
                and host.dep_ == "advcl"
                and host.head.i < host.i
                and any(c.tag_ == "TO" and c.dep_ == "aux" for c in host.children)
                and not any(c.dep_ in _SUBJECT_DEPS for c in host.children)
            ):
                # "He went to the hospital to see the injured and told reporters that …": a
                # finite verb cannot continue the purpose infinitive, so it shares the main
                # verb's subject.
                host = host.head
            # The subject nearest the host verb: a dateline ("RAWALPINDI, Pakistan — ") may
            # hang on it as a second subject.
            hosts = [c for c in host.children if c.dep_ in _SUBJECT_DEPS]
            before_host = [c for c in hosts if c.i < host.i]
            subject = _speaking_subject(before_host) if before_host else next(iter(hosts), None)
            if subject is None and host.dep_ == "ROOT":
                subject = self._stranded_subject(host)
            if subject is not None and subject.tag_ in ("WP", "WDT") and subject.lower_ != "what":
                # "members of parliament, who accused … and demanded that …": the conjunct
                # speaks for the relative pronoun's noun too.
                subject = self._antecedent(subject, host) or subject
        if subject is not None:
            subject = self._name_taken(subject) or subject
        if (
            subject is not None
            and subject.pos_ == "PRON"
            and cue.dep_ == "relcl"
            and cue.head.lemma_.lower() in lex.written_sources
            and cue.head.dep_ in ("dobj", "pobj")
        ):
            # "Two of the men read out statements in which they said …": who speaks in a
            # document is who issued it, the subject of the verb that governs it.
            governor = cue.head.head if cue.head.dep_ == "dobj" else cue.head.head.head
            issuer = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            if issuer is not None and issuer.pos_ != "PRON":
                subject = issuer
        if (
            cue.lemma_.lower() in lex.evidential_cues
            and subject is not None
            and not self._can_speak(subject)
        ):
            # "Mass arrests of civilians suggest …": evidence that suggests is the article's
            # own reading of it, not anyone's claim.
            return []
        # "was detained by the Taliban and accused of espionage": a participle joined to a
        # passive verb is passive too; the subject it shares is the accused, not a speaker.
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
            cue.dep_ == "conj"
            and cue.tag_ == "VBN"
            and subject is not None
            and subject.dep_ == "nsubjpass"
            and subject.head.i != cue.i
        )
        agent = next((c for c in children if c.dep_ == "agent"), None)
        impersonal = False
        speaker_tok: Token | None = subject
        if passive:
            if agent is not None:
                speaker_tok = next((c for c in agent.children if c.dep_ == "pobj"), None)
            else:
                if cue.lemma_.lower() not in lex.impersonal_verbs:
                    return []
                impersonal = True
                speaker_tok = None

        content: tuple[int, int] | None = None
        ckind = ""
        kinds = info.content
        clause = next(
            (
                c
                for c in children
                if c.dep_ in ("ccomp", "csubj")
                and c is not subject
                # "… chief of the JUI-F. He said …": a clause of the sentence before, which
                # the tokenizer glued on through the abbreviation's full stop.
                and not (c.i < cue.i and _glued_sentence_start(cue.doc, c.i, cue.i) is not None)
                # "Afghan officials said one man was wounded; Uzbek authorities said no one
                # was hurt": a clause closed by a semicolon before the cue is a sentence of
                # its own that the parser hung on the cue.
                and not (
                    c.i < cue.i and any(t.text == ";" for t in cue.doc[c.right_edge.i + 1 : cue.i])
                )
            ),
            None,
        )
        if clause is None:
            # "reported last month, citing unnamed officials, that …": the aside makes the
            # parser read the that-clause as adverbial.
            clause = next((c for c in children if self._that_mark(c, cue) is not None), None)
        if clause is None:
            # "said later that …", "said again that …": the parser may hang the that-clause
            # on the adverb right after the cue instead of on the cue.
            clause = next(
                (
                    g
                    for c in children
                    if c.dep_ == "advmod" and c.i == cue.i + 1
                    for g in c.children
                    if g.dep_ == "ccomp" and g.i > c.i
                ),
                None,
            )
        if (
            clause is None
            and cue.dep_ == "relcl"
            and cue.i + 1 < len(cue.doc)
            and cue.doc[cue.i + 1].tag_ in ("VBD", "VBZ")
            and sum(c.dep_ in _SUBJECT_DEPS for c in children) > 1
            and any(c.dep_ in _SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in children)
        ):
            # "air strikes, which Islamabad said targeted TTP leaders": with the relative
            # pronoun and the speaker both read as the cue's subjects, the parser takes the
            # content's verb for a modifier of the cue's object.
            clause = next(
                (c for c in children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None
            )
        if clause is None and cue.dep_ == "ROOT" and "quote" in kinds:
            # '"If a single bullet is fired …, Torkham will close," he said': the parser may
            # hang the quotation's opening condition on the cue and its main clause elsewhere.
            clause = next(
                (
                    c
                    for c in children
                    if c.dep_ == "advcl"
                    and c.i < cue.i
                    and c.left_edge.i <= cue.sent.start + 1
                    and _opens_quote(c)
                ),
                None,
            )
        if clause is not None and clause.i < cue.i:
            # A clause before the cue is reported speech only when the cue closes it
            # ("…, police said"). When it is itself a claim ("One member state assessed
            # that …, the report adds"), the closing source reports that claim: both count.
            nested = (
                self._cue_word(clause)
                and clause.lemma_.lower() not in lex.nonverbal_cues
                and not _opens_quote(clause)
            )
            if (
                "quote" not in kinds
                or not self._quoted_or_tail(cue, clause)
                or nested
                and not any(c.dep_ == "ccomp" for c in clause.children)
                or any("\n" in t.text for t in cue.doc[clause.left_edge.i : cue.i])
            ):
                # A nested cue that claims nothing ("X condemned the attack, his spokesperson
                # said") is an act the source reports; a paragraph break means the parser
                # joined two sentences.
                clause = None
        elif clause is not None and "clause" not in kinds:
            clause = None
        if clause is not None and self._reduced_relative(clause):
            # "announced compensation for the family of each policeman killed": the parser
            # made "killed" a clause with "compensation" as its subject; it describes the
            # noun before it.
            clause = None
        tail = False
        inserted: list[tuple[int, int]] = []
        if clause is not None:
            if clause.i > cue.i and (cue.dep_ == "relcl" or clause.left_edge.i < cue.i):
                # "hideouts, which it says are located in …": the relative pronoun before
                # the cue stands for the noun the clause is about, not for its content.
                content = self._trim(cue.doc, cue.i + 1, clause.right_edge.i + 1)
                ckind = "clause"
            else:
                content = self._content_range(clause, exclude=cue)
                if content is not None and (mark := self._that_mark(clause, cue)) is not None:
                    # The aside before "that" is not part of what was reported.
                    content = self._trim(cue.doc, mark.i, content[1])
                ckind = "clause"
                if content is not None and clause.i > cue.i:
                    content = self._before_next_cue(clause, content)
            tail = clause.i < cue.i
            if tail:
                ckind = "quote"
                host = cue.head
                if (
                    content is not None
                    and cue.dep_ in ("advcl", "parataxis")
                    and host.dep_ == "ROOT"
                    and host.i < clause.left_edge.i
                    and cue.doc[content[0] - 1].text == ","
                    and not _opens_quote(clause)
                ):
                    # "The group carried out 600 attacks, many of them launched from Kunar,
                    # the monitors write": the parser hangs the closing source on the main
                    # verb and takes only the last clause as reported; the source vouches
                    # for everything before it.
                    content = self._trim(cue.doc, host.left_edge.i, content[1]) or content
        if content is None and "clause" in kinds:
            # "said in a report released on Monday that …", "claiming without evidence that
            # …": the parser hangs the that-clause on the noun of a prepositional phrase. A
            # noun that is itself a claim ("in response to claims that …") keeps its clause.
            for prep in children:
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                hung = next(
                    (
                        c
                        for c in prep.children
                        if c.dep_ == "pcomp"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ),
                    None,
                )
                if prep.dep_ in ("prep", "advmod") and prep.i > cue.i and hung is not None:
                    # "told reporters outside that …": the parser reads the adverb as a
                    # preposition and the that-clause as its complement.
                    content = self._trim(cue.doc, hung.left_edge.i, hung.right_edge.i + 1)
                    ckind = "clause"
                    break
                if prep.dep_ != "prep" or prep.i < cue.i or noun is None:
                    continue
                lemma = noun.lemma_.lower()
                if lemma in lex.written_sources or lemma not in lex.claim_objects:
                    content = self._nominal_content(noun)
                    if content is not None:
                        ckind = "clause"
                        break
        if content is None and "clause" in kinds:
            # 'said the Islamic Emirate "reserves the right to respond"': a noun with an
            # object of its own is a verb the tagger missed, so the "object" is the clause.
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > cue.i), None)
            if (
                obj is not None
                and obj.pos_ == "NOUN"
                and any(c.dep_ == "dobj" for c in obj.children)
            ):
                content = self._trim(cue.doc, obj.left_edge.i, obj.right_edge.i + 1)
                ckind = "clause"
            elif obj is not None and any(
                v.i != obj.i
                and v.pos_ in ("VERB", "AUX")
                # "warned the front against provocations that could …" is a relative clause;
                # "assured the delegation that …" keeps its that-clause for the rules below.
                and v.dep_ not in ("relcl", "acl", "ccomp")
                and not any(m.dep_ == "mark" for m in v.children)
                and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "MD" for a in v.children)
                and any(
                    s.dep_ in ("nsubj", "nsubjpass") and s.i < v.i and s.tag_ not in ("WDT", "WP")
                    for s in v.children
                )
                for v in obj.subtree
            ):
                # 'said the state would not be "held hostage by …"': the parser took the
                # clause's verb for a modifier of its object, and hung the rest on the cue;
                # a modal verb with its own subject is a reported clause.
                end = max(
                    [obj.right_edge.i]
                    + [c.right_edge.i for c in children if c.dep_ == "prep" and c.i > obj.i]
                )
                content = self._trim(cue.doc, obj.left_edge.i, end + 1)
                ckind = "clause"
        if content is None:
            xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
            if xcomp is not None and xcomp.i > cue.i and ("infinitive" in kinds or impersonal):
                if impersonal and subject is not None and subject.lower_ != "it":
                    # "X is said to have …": the content keeps its subject.
                    start = subject.left_edge.i
                    content = self._trim(cue.doc, start, xcomp.right_edge.i + 1)
                    ckind = "infinitive"
                else:
                    content = self._content_range(xcomp, exclude=cue)
                    ckind = "infinitive"
        if content is None and (
            info.stance == "deny" and "object" in kinds or {"clause", "characterise"} <= kinds
        ):
            # "denied hosting its fighters", "denied suffering any casualties": a gerund is
            # the act denied, unlike the to-infinitive of "refused to …"; "returnees described
            # being held for days": the account a describing cue gives.
            gerund = next(
                (
                    c
                    for c in children
                    if c.dep_ in ("xcomp", "ccomp")
                    and (
                        c.tag_ == "VBG"
                        # "being held", "having crossed": the gerund is the auxiliary.
                        or c.left_edge.tag_ == "VBG"
                        and c.left_edge.dep_ in ("aux", "auxpass")
                    )
                ),
                None,
            )
            if gerund is not None and gerund.i > cue.i:
                content = self._trim(cue.doc, gerund.left_edge.i, gerund.right_edge.i + 1)
                ckind = "object"
        if content is None and passive and agent is not None and subject is not None:
            content = self._nominal_content(subject) or self._content_range(subject, exclude=cue)
            ckind = "passive"
        if content is None:
            # The parser hangs "of" on the object as often as on the verb ("accused the
            # security forces of carrying out the strike").
            dobj = next((d for d in children if d.dep_ == "dobj" and d.i > cue.i), None)
            preps = children + (list(dobj.rights) if dobj is not None else [])
            for c in preps:
                if c.dep_ == "prep" and c.lower_ in kinds and c.i > cue.i:
                    if c.lower_ == "on" and any(
                        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children
                    ):
                        # "insisted on adding a reference to …": a gerund of the act insisted
                        # on is a demand, an event like a to-infinitive (guide §2.1).
                        continue
                    start = c.i + 1
                    if cue.lemma_.lower() in lex.accusing_verbs:
                        obj = next((d for d in children if d.dep_ == "dobj"), None)
                        if obj is not None and obj.i < c.i and obj.tag_ not in ("WP", "WDT"):
                            start = obj.left_edge.i
                    end = c.right_edge.i + 1
                    # "accusing New Delhi of planning the attack and saying the gunmen …": a
                    # cue joined inside the phrase is a claim of its own.
                    joined = [
                        t.i
                        for t in c.subtree
                        if t.dep_ == "conj" and t.i > start and self._reports_clause(t)
                    ]
                    if joined:
                        end = min(joined)
                        while end > start and cue.doc[end - 1].dep_ in ("cc", "punct"):
                            end -= 1
                    content = self._trim(cue.doc, start, end)
                    ckind = "prep"
                    break
        stance = info.stance
        if content is None and "figure" in kinds:
            # "The group put the number of soldiers killed at 17", "the ministry put the death
            # toll at five": a figure the speaker gives is its account.
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > cue.i), None)
            # The parser hangs "at 17" on the verb, the object or a word inside it.
            at = next(
                (
                    c
                    for c in children + (list(obj.subtree) if obj is not None else [])
                    if obj is not None
                    and c.dep_ == "prep"
                    and c.lower_ == "at"
                    and c.i > obj.i
                    and any(p.like_num for p in c.children)
                ),
                None,
            )
            if obj is not None and at is not None and obj.lemma_.lower() in lex.figure_words:
                end = max(obj.right_edge.i, at.right_edge.i) + 1
                content = self._trim(cue.doc, obj.left_edge.i, end)
                ckind = "object"
            elif (
                obj is not None
                and obj.lemma_.lower() in lex.figure_words
                and any(t.like_num for t in obj.subtree if t.i > obj.i)
            ):
                # "Provincial officials gave a lower toll of 17 dead": the count is in the
                # figure's own of-phrase.
                content = self._trim(cue.doc, obj.left_edge.i, obj.right_edge.i + 1)
                ckind = "object"
        if (
            content is None
            and info.stance == "deny"
            and "characterise" in kinds
            and not any(c.dep_ == "dobj" for c in children)
        ):
            # "dismissed as propaganda claims that al-Qaeda leaders live in Kabul": the parser
            # joins the verdict and the object into one phrase after "as"; the that-clause on
            # it is what is denied.
            for prep in children:
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.dep_ != "prep" or prep.lower_ != "as" or noun is None:
                    continue
                clause_of = next(
                    (
                        c
                        for c in noun.children
                        if c.dep_ in ("acl", "relcl", "ccomp")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ),
                    None,
                )
                if noun.lemma_.lower() in lex.claim_objects and clause_of is not None:
                    content = self._trim(cue.doc, clause_of.left_edge.i, clause_of.right_edge.i + 1)
                    ckind = "object"
                    break
        if content is None and "characterise" in kinds:
            # "called the allegation 'baseless'", "described the railway as 'a strategic
            # corridor'": the object with what it is called is the claim; calling a claim
            # baseless denies it.
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > cue.i), None)
            # The parser hangs "as …" on the verb or on its object ("welcomed the accord as
            # 'a practical step'").
            comp = next(
                (
                    c
                    for c in children + (list(obj.rights) if obj is not None else [])
                    if obj is not None and c.i > obj.i and _names_as(c)
                ),
                None,
            )
            if comp is None and obj is not None:
                # 'have called the collapse "one of the most dramatic outcomes"': the parser
                # reads a quoted name right after the object as its apposition.
                comp = next(
                    (
                        c
                        for c in obj.rights
                        if c.dep_ == "appos"
                        and c.left_edge.i > 0
                        and cue.doc[c.left_edge.i - 1].text in _QUOTES
                        or c.dep_ == "appos"
                        and c.left_edge.text in _QUOTES
                    ),
                    None,
                )
            if comp is None and obj is not None and cue.lemma_.lower() in lex.naming_verbs:
                # 'called the collapse in the south "one of the most dramatic outcomes"': the
                # parser may hang the quoted name inside the object's own phrase.
                quote = next((t for t in obj.subtree if t.i > obj.i and t.text in _QUOTES), None)
                if (
                    quote is not None
                    and not sum(t.text in _QUOTES for t in cue.doc[cue.sent.start : quote.i]) % 2
                ):
                    end = next(
                        (t.i for t in cue.doc[quote.i + 1 : cue.sent.end] if t.text in _QUOTES),
                        cue.sent.end,
                    )
                    content = self._trim(cue.doc, obj.left_edge.i, end)
                    ckind = "characterise"
            # "what it called …", and the relative "people whom they described as civilians".
            what = next(
                (
                    c
                    for c in children
                    if c.dep_ == "dobj"
                    and c.i < cue.i
                    and (c.lower_ == "what" or c.tag_ in ("WP", "WDT") and cue.dep_ == "relcl")
                ),
                None,
            )
            # "a man the ministry described as the cell's financier": a relative clause
            # without its pronoun characterises the noun it hangs on all the same. A claim
            # so judged ("a finding the Taliban called baseless") is a verdict on that claim,
            # read below.
            unmarked = (
                cue.dep_ == "relcl"
                and not any(c.dep_ == "dobj" for c in children)
                and cue.head.lemma_.lower() not in lex.claim_objects
            )
            if obj is None and (what is not None or unmarked):
                # "what it called the continued use of Afghan territory", "what they describe
                # as the involvement of …": the characterised phrase is the claim (guide §7).
                named = next(
                    (c for c in children if c.i > cue.i and _names_as(c)),
                    None,
                )
                if named is not None:
                    lo = named.i + 1 if named.dep_ == "prep" else named.left_edge.i
                    if what is None or what.lower_ != "what":
                        # The noun so described is part of the characterisation.
                        lo = cue.head.left_edge.i
                    content = self._trim(cue.doc, lo, named.right_edge.i + 1)
                    ckind = "free_relative"
            if (
                comp is None
                and obj is not None
                and what is not None
                and what.lower_ != "what"
                and cue.lemma_.lower() in lex.naming_verbs
            ):
                # 'the BLA, which Pakistan calls "Fitna al-Hindustan"': the relative pronoun is
                # the one named, and the parser takes the name for the object.
                content = self._trim(cue.doc, cue.head.left_edge.i, obj.right_edge.i + 1)
                ckind = "characterise"
            if obj is not None and comp is not None:
                content = self._trim(cue.doc, obj.left_edge.i, comp.right_edge.i + 1)
                ckind = "characterise"
                if (
                    obj.lemma_.lower() in lex.claim_objects or obj.lower_ in lex.claim_pronouns
                ) and any(t.lower_ in lex.deny_characterisations for t in comp.subtree):
                    stance = "deny"
        if content is None:
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > cue.i), None)
            verdict = self._verdict_on(obj) if obj is not None else None
            if obj is not None and verdict is not None:
                # "announced a 48-hour ceasefire 'at the request of the Taliban', a
                # characterisation Kabul disputed": an announcement someone disputes is a
                # claim (guide §2.1), whatever the cue usually takes.
                content = self._trim(cue.doc, obj.left_edge.i, verdict.left_edge.i)
                ckind = "object"
            elif obj is not None and self._nominal_content(obj) is not None:
                content = self._nominal_content(obj)
                ckind = "object"
            elif (
                obj is not None
                and obj.pos_ != "PRON"
                and obj.lemma_.lower() not in lex.non_claim_objects
                and (
                    "object" in kinds
                    or ("claim_object" in kinds and obj.lemma_.lower() in lex.claim_objects)
                )
            ):
                content = self._nominal_content(obj) or self._trim(
                    cue.doc, obj.left_edge.i, obj.right_edge.i + 1
                )
                ckind = "object"
            elif (
                info.stance == "deny"
                and obj is not None
                and obj.lower_ in lex.claim_pronouns | {"all"}
                and (
                    obj.lower_ != "all"
                    or any(t.lower_ in lex.claim_pronouns for t in obj.subtree if t is not obj)
                )
            ):
                # "The Taliban deny this.", "have rejected all of this": the pronoun stands for
                # the claim just reported, so the denial is a claim (guide §2.1).
                content = self._trim(cue.doc, obj.left_edge.i, obj.right_edge.i + 1)
                ckind = "object"
            elif cue.dep_ == "parataxis" and cue.head.i != cue.i and "quote" in kinds:
                # "The attack, he said, was planned abroad." — the host clause is the content;
                # when the cue sits inside it the span keeps the inserted "he said".
                host = cue.head
                content = self._content_range(host, exclude=cue, keep_inside=True)
                ckind = "quote"
                # An inserted "he said" sources its clause like a closing one.
                tail = True
                after = next(
                    (
                        c
                        for c in host.children
                        if c.dep_ == "conj"
                        and c.i > cue.i
                        and any(s.dep_ in _SUBJECT_DEPS for s in c.children)
                    ),
                    None,
                )
                if (
                    content is not None
                    and after is not None
                    and not _opens_quote(host)
                    and self._negated_head(cue.doc[after.left_edge.i : content[1]]) is not None
                ):
                    # "The strikes hit only hideouts, he said, and not a single civilian was
                    # harmed": a denial joined to the report it answers is a position of its
                    # own (a plain second fact stays in one claim).
                    first = self._trim(cue.doc, content[0], cue.left_edge.i)
                    second = self._trim(cue.doc, after.left_edge.i, content[1])
                    if first is not None and second is not None:
                        inserted = [first, second]
        if (
            content is None
            and cue.dep_ in ("relcl", "acl")
            and cue.head.i < cue.i
            and cue.head.lemma_.lower() in lex.claim_objects
            and kinds & {"object", "claim_object"}
            # "a report that both the CIA and the ministry denied": the relative pronoun is
            # the noun itself, not another object.
            and not any(
                c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                for c in children
            )
        ):
            # "a claim the Taliban flatly denied", "a view Kabul rejects": the noun the
            # relative clause hangs on is what is denied (annotation guide §2.1).
            head_noun = cue.head
            content = (head_noun.left_edge.i, head_noun.i + 1)
            ckind = "object"
        if content is None and kinds & {"object", "claim_object"}:
            # The parser may keep the noun inside the relative clause as its fronted object
            # ("…, a charge the Taliban deny"), or make that clause the sentence's root and
            # the report before the comma its complement ("X says …, a charge Kabul denies").
            fronted = next((c for c in children if c.dep_ == "dobj" and c.i < cue.i), None)
            if (
                fronted is not None
                and fronted.lemma_.lower() in lex.claim_objects
                and (
                    cue.dep_ in ("relcl", "acl")
                    or fronted.left_edge.i > 0
                    and cue.doc[fronted.left_edge.i - 1].text in (",", "—", "–")
                )
            ):
                content = (fronted.left_edge.i, fronted.i + 1)
                ckind = "object"
        if content is None or cue.doc[content[0]].lower_ in _WH_WORDS:
            # "did not say how it would be financed": an indirect question claims nothing.
            return []
        if impersonal and subject is not None and subject.lower_ != "it" and clause is None:
            speaker_tok = None
        speaker_range = None
        pronoun = None
        if speaker_tok is not None:
            speaker_range = _np_core(speaker_tok)
            if (
                speaker_tok.pos_ == "PRON" and not _acronym(speaker_tok)
            ) or speaker_tok is glued_pronoun:
                pronoun = speaker_tok.lower_
        if speaker_tok is None and not impersonal:
            return []  # the article's own voice, or an imperative
        if (
            pronoun in ("i", "we")
            and cue.dep_ != "parataxis"
            and not any(t.text in _QUOTES for t in cue.sent)
        ):
            # "I fear that …" outside any quotation is the author (an op-ed), not a source.
            return []
        content = self._without_verdict(cue.doc, content)
        co_speakers: tuple[tuple[int, int, int], ...] = ()
        if (
            speaker_tok is not None
            and pronoun is None
            and (
                speaker_tok.head.i == cue.i
                # "WHO and UNICEF condemned the killings in a joint statement, saying …",
                # "X and Y condemned it and said …": the cue borrows its first verb's
                # coordinated subject, and a joint statement speaks for each (guide §17.6).
                or speaker_tok.dep_ == "nsubj"
                and cue.dep_ in ("advcl", "conj")
                # "Qatar and Turkey sent scholars to argue that …": a purpose infinitive is
                # someone else's speech.
                and cue.tag_ != "VB"
                and cue.head.i == speaker_tok.head.i
                and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
            )
        ):
            co_speakers = tuple(
                (*_np_core(c), c.i)
                for c in speaker_tok.children
                if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN") or _acronym(c))
            )
        contents = [content]
        if inserted:
            contents = inserted
        elif clause is not None and not tail:
            contents = self._split_coordinated(clause, content)
            if ckind == "clause" and clause.i > cue.i:
                first = self._stranded_first_clause(cue, clause)
                if first is not None:
                    contents = [first, *contents]
        elif ckind == "clause":
            # "told reporters after the talks that A, and that B": a that-clause the parser
            # hung on a noun splits like one hung on the cue.
            root = cue.doc[content[0] : content[1]].root
            contents = self._split_coordinated(root, content)
        elif ckind == "quote":
            contents = self._split_quoted_sentences(cue.doc, content)
            if cue.dep_ != "parataxis":
                # An inserted "he said" vouches for its own clause only.
                contents = [p for c in contents for p in self._split_independent(cue.doc, c)]
            elif cue.i < cue.head.i:
                # "The report says A, and that B": the parser made the reported clause the
                # sentence's root, but its "and that" still starts a second claim.
                contents = [p for c in contents for p in self._split_coordinated(cue.head, c)]
        return [
            _Found(
                cue_start=cue.idx,
                cue_end=cue.idx + len(cue.text),
                cue=self._cue_text(cue),
                content=self._tidy(cue, part),
                speaker_tokens=speaker_range,
                speaker_head=speaker_tok.i if speaker_tok is not None else None,
                stance=stance,
                cue_factuality=info.factuality or ("alleged" if impersonal else None),
                kind="impersonal" if impersonal else "verb",
                pronoun=pronoun,
                tail=tail,
                content_kind=ckind,
                co_speakers=co_speakers,
            )
            for part in contents
        ]

    @staticmethod
    def _glued_pronoun(cue: Token) -> Token | None:
        """The pronoun right before a cue that opens a sentence the tokenizer glued to the one
        before ("… on X. He added …")."""
        doc = cue.doc
        if cue.i < 2 or doc[cue.i - 1].lower_ not in _GLUED_PRONOUNS:
            return None
        if _glued_sentence_start(doc, cue.i - 2, cue.i) != cue.i - 1:
            return None
        return doc[cue.i - 1]

    def _name_taken(self, noun: Token) -> Token | None:
        """The name a speaker goes by ("a TTP commander calling himself Qari Hamza", "a man
        who calls himself Abu Omar"): the named person speaks, not the group the noun names."""
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in (
                self.lexicon.naming_verbs
            ):
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in clause.children):
                continue
            name = next(
                (
                    c
                    for c in clause.children
                    if c.dep_ in ("oprd", "dobj", "xcomp", "attr") and c.pos_ == "PROPN"
                ),
                None,
            )
            if name is not None:
                return name
        return None

    def _can_speak(self, tok: Token) -> bool:
        """Whether a subject can say something: a pronoun, a name, a body or a person, a
        document or its authors — not a thing or an event ("the arrests")."""
        words = self._speaking_words
        return (
            tok.pos_ in ("PRON", "PROPN")
            or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.lemma_.lower() in words
            or tok.lower_ in words
        )

    def _reduced_relative(self, verb: Token) -> bool:
        """Whether a "clause" is a bare participle modifying a noun: a harm verb closing a
        noun phrase ("each policeman killed") with no object or auxiliary, right after the
        object of a preposition, ending the sentence; or any participle with no auxiliary
        followed by its own prepositional phrase ("an attack launched from Afghanistan")."""
        doc = verb.doc
        if (
            verb.tag_ == "VBN"
            # A clause the cue closes ("…, many of them launched from Kunar, the monitors
            # write") is the reported words themselves.
            and verb.head.i < verb.i
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in verb.children)
            and any(c.dep_ in ("prep", "agent") and c.i == verb.i + 1 for c in verb.children)
        ):
            # "claimed a rocket attack on Termez launched from northern Afghanistan": a bare
            # participle with no auxiliary describes the noun before it; nothing is reported.
            return True
        return (
            verb.tag_ in ("VBD", "VBN")
            and verb.lemma_.lower() in self.lexicon.harm_verbs
            and verb.i > 0
            and doc[verb.i - 1].dep_ == "pobj"
            and all(c.dep_ in ("nsubj", "nsubjpass", "punct") for c in verb.children)
            and all(t.is_punct or t.is_space for t in doc[verb.i + 1 : verb.sent.end])
        )

    @staticmethod
    def _in_relative_clause(doc: Any, item: _Found) -> bool:
        cue = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        return bool(cue) and any(t.dep_ == "relcl" for t in [cue[0], *cue[0].ancestors])

    def _reports_clause(self, tok: Token) -> bool:
        """Whether `tok` is a cue that reports a clause ("saying", "adding"), not one that
        only characterises ("calling them terrorists")."""
        info = self.lexicon.verbs.get(tok.lemma_.lower())
        return info is not None and "clause" in info.content and self._cue_word(tok)

    @staticmethod
    def _stranded_subject(verb: Token) -> Token | None:
        """The speaker the parser hung in apposition on a fronted phrase ("In a statement from
        Munich, its spokesman, Dilxat Raxit, said …": "spokesman" in apposition to
        "Munich"), for a main verb left with no subject: the appositive that ends right before
        the verb."""
        doc = verb.doc
        for tok in doc[verb.sent.start : verb.i]:
            if (
                tok.dep_ == "appos"
                and tok.pos_ in ("NOUN", "PROPN")
                and tok.head.dep_ == "pobj"
                and tok.right_edge.i + 1 >= verb.i - 1
                and all(t.is_punct for t in doc[tok.right_edge.i + 1 : verb.i])
            ):
                return tok
        return None

    def _owned_data(self, tok: Token) -> bool:
        """Whether a subject is data its phrase gives an owner for ("provincial police
        figures", "UN surveys", "figures from the ministry"): the owner speaks through them."""
        if tok.lemma_.lower() not in self.lexicon.data_sources:
            return False
        owners = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
        owners += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return any(self._can_speak(o) for o in owners)

    @staticmethod
    def _that_mark(clause: Token, cue: Token) -> Token | None:
        """The "that" of an adverbial clause after the cue that is really its that-clause
        (None when it is not one)."""
        if clause.dep_ != "advcl" or clause.i < cue.i:
            return None
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        doc = cue.doc
        if (
            mark is not None
            and mark.lower_ == "that"
            and mark.i > cue.i + 1
            and doc[mark.i - 1].is_punct
            and doc[mark.i - 2].lower_ not in ("so", "such")
        ):
            return mark
        return None

    def _reporter_of(self, tok: Token) -> Token | None:
        """The cue verb whose reported clause `tok` belongs to, through the clause's own
        conjuncts and adverbial clauses ("said [the crossing would reopen [once X allows]]")."""
        chain = list(_up_chain(tok, ("conj", "advcl")))
        if any(any(c.tag_ == "TO" for c in t.children) for t in chain[:-1]):
            # "called on Kabul to fulfil … and deny …": an infinitive is an act asked for,
            # not part of what was reported.
            return None
        tok = chain[-1]
        head = tok.head
        if tok.dep_ != "ccomp" or head.i > tok.i:
            return None
        if self._cue_word(head):
            return head
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        if (
            head.lemma_.lower() in self.lexicon.verbs
            and subject is not None
            and not self._can_speak(subject)
        ):
            # "Afridi said the attack showed that militants were crossing … and criticised
            # …": evidence that shows is part of someone's report, and only that someone
            # can go on to criticise.
            return self._reporter_of(head)
        return None

    @staticmethod
    def _participle_governor(cue: Token) -> Token | None:
        """The verb a comma-introduced participle ("…, saying …") hangs on in meaning.

        The parser often attaches "saying" to the sentence's main verb even when the comma
        closes a relative clause ("a characterisation Kabul disputed, saying …"): the one
        who says is the subject of the verb right before the comma. Verbs inside a reported
        clause ("X said the attackers were proxies, adding …") are skipped, since the one who
        adds is the reporter, not the clause's subject.
        """
        if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i < 2:
            return None
        doc = cue.doc
        if doc[cue.i - 1].text != ",":
            return None
        tok = doc[cue.i - 2]
        steps = 0
        while steps < 30:
            if (
                tok.pos_ in ("VERB", "AUX")
                # Not a reported clause, nor a noun's content ("rejected the charge that
                # they shelter the TTP, saying …": the one saying is who rejected).
                and (
                    tok.dep_ not in ("ccomp", "xcomp", "csubj", "advcl", "pcomp", "acl")
                    # "Tehran expelled them, accusing …; the Taliban rejected the charge": the
                    # parser makes the first clause the object of a verb after the participle,
                    # but no one reports it; its subject is the one accusing.
                    or tok.dep_ == "ccomp"
                    and tok.head.i > cue.i
                )
                and any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
            ):
                return tok if tok.i != cue.head.i and tok.sent.start == cue.sent.start else None
            if tok.head.i == tok.i:
                return None
            tok, steps = tok.head, steps + 1
        return None

    def _before_next_cue(self, clause: Token, content: tuple[int, int]) -> tuple[int, int]:
        """The content up to a second cue that makes its own claim: "said it would join,
        while Russia's envoy welcomed the accord as …", "insist that X and deny hosting …".
        A cue in a reported clause of the content ("said Y had denied Z") stays inside."""
        doc = clause.doc
        lo, hi = content
        for tok in doc[lo:hi]:
            if (
                tok.i == clause.i
                or tok.pos_ != "VERB"
                or not self._cue_word(tok)
                or tok.dep_ not in ("conj", "advcl")
                or tok.left_edge.i <= lo
                # an odd number of quotation marks before it: the cue is inside a quotation
                or sum(t.text in _QUOTES for t in doc[lo : tok.i]) % 2
            ):
                continue
            own_subject = any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
            shares_reporter = tok.dep_ == "conj" and (
                tok.head.i == clause.i
                or (reporter := self._reporter_of(tok.head)) is not None
                and reporter.i == clause.head.i
            )
            # "denied that …, calling such claims 'propaganda'": a participle after the
            # reported clause is the reporter's next act, however the parser hangs it.
            reporters_participle = (
                tok.tag_ == "VBG"
                and (governor := self._participle_governor(tok)) is not None
                and governor.i == clause.head.i
            )
            if not own_subject and not shares_reporter and not reporters_participle:
                continue
            end = tok.left_edge.i
            while end > lo and (doc[end - 1].dep_ in ("cc", "mark") or doc[end - 1].is_punct):
                end -= 1
            if own_subject:
                end = min(end, next((c.i for c in tok.children if c.dep_ == "mark"), end))
            trimmed = self._trim(doc, lo, end)
            if trimmed is not None:
                return trimmed
        return content

    def _tidy(self, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
        """The content without what follows it in the sentence: the reporter's own next
        participle ("rejected reports that X, calling them 'misinformation'" — a claim of
        its own), or a noun in apposition after a closing quotation mark ('said "there are
        no camps," a claim few believe')."""
        doc = cue.doc
        lo, hi = content
        for tok in doc[lo + 1 : hi]:
            if (
                tok.lower_ in ("in", "through")
                and tok.dep_ == "prep"
                and any(
                    c.dep_ == "pobj"
                    and c.lemma_.lower() in self.lexicon.written_sources | {"remark", "comment"}
                    for c in tok.children
                )
                and (tok.head.i == cue.i or lo <= tok.head.i < tok.i)
            ):
                # "rejected the claims in a statement attributed to X": where it was said,
                # not what was rejected.
                trimmed = self._trim(doc, lo, tok.i)
                if trimmed is not None:
                    lo, hi = trimmed
                break
            # s21: "said the bomber had crossed from Afghanistan, though he offered no
            # evidence": the article's note on the speaker is not what was said either (it
            # still hedges the claim, `hedges.phrases`).
            if (
                tok.tag_ == "VBG"
                and self._cue_word(tok)
                and doc[tok.i - 1].text == ","
                and (governor := self._participle_governor(tok)) is not None
                and governor.i == cue.i
            ) or self._evidence_aside(tok, hi):
                trimmed = self._trim(doc, lo, tok.i - 1)
                if trimmed is not None:
                    lo, hi = trimmed
                break
        opening = lo - 1 if lo > 0 and doc[lo - 1].text in _QUOTES else lo
        sent = doc[lo].sent
        if doc[opening].text not in _QUOTES or (
            sum(t.text in _QUOTES for t in doc[sent.start : opening]) % 2
        ):
            return lo, hi
        close = next((t.i for t in doc[opening + 1 : hi] if t.text in _QUOTES), None)
        if close is None or close + 1 >= hi:
            return lo, hi
        after = close + 1 + int(doc[close + 1].text == ",")
        if (
            (doc[close - 1].text == "," or doc[close + 1].text == ",")
            and after < hi
            and doc[after].lower_ in ("a", "an", "the", "which", "one")
        ):
            trimmed = self._trim(doc, lo, close)
            if trimmed is not None:
                return trimmed
        return lo, hi

    def _evidence_aside(self, tok: Token, hi: int) -> bool:
        """Whether `tok` opens a concessive tail on the speaker's lack of proof (", though
        he offered no evidence", ", although they provided no proof for it"): a pronoun
        subject and one of `hedges.evidence` right after "though"/"although"."""
        doc = tok.doc
        if tok.lower_ not in ("though", "although") or tok.i < 1 or doc[tok.i - 1].text != ",":
            return False
        if tok.i + 1 >= hi or doc[tok.i + 1].lower_ not in ("he", "she", "they", "it"):
            return False
        rest = " ".join(t.lower_ for t in doc[tok.i + 2 : hi])
        return any(rest.startswith(p) for p in self.lexicon.evidence_hedges)

    @staticmethod
    def _in_hypothesis(cue: Token) -> bool:
        """Whether the cue is the verb of a condition ("if/unless they keep denying …"),
        directly or through the verbs it complements ("keep", "continue")."""
        tok = cue
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
                # The parser may make a sentence-initial condition its root.
                return tok.dep_ == "advcl" or tok.dep_ == "ROOT" and tok.i > cue.i - 4
            if tok.dep_ not in ("xcomp", "conj") or tok.head is tok:
                return False
            tok = tok.head
        return False

    @staticmethod
    def _infinitive(cue: Token) -> bool:
        """Whether the cue is a to-infinitive complement, alone or as the conjunct of one
        ("expects Kabul to fulfil its obligations and deny …", "refused to confirm"): the guide
        (§2.1) makes those events only. A purpose clause ("called him to assure him that …")
        reports something said; "is said to" puts the infinitive on the content, not here."""
        for tok in islice(_up_chain(cue), _CHAIN_STEPS):
            if any(c.tag_ == "TO" and c.dep_ == "aux" for c in tok.children):
                # "telephoned Li Qiang to assure him that …": the parser may read a purpose
                # clause after a verb of contact as its complement.
                return tok.dep_ in ("xcomp", "conj") and not (
                    tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _CONTACT_VERBS
                )
        return False

    @staticmethod
    def _antecedent(pronoun: Token, cue: Token) -> Token | None:
        """The noun a relative pronoun ("who", "which") refers back to: the head of its
        relative clause, or — when the parser hangs the clause elsewhere — the noun right
        before the comma that opens it."""
        if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head
        i = pronoun.i - 1
        while i >= 0 and cue.doc[i].is_punct:
            i -= 1
        if i >= 0 and cue.doc[i].pos_ in ("NOUN", "PROPN"):
            return cue.doc[i]
        return None

    def _split_quoted_sentences(self, doc: Any, content: tuple[int, int]) -> list[tuple[int, int]]:
        """A quotation of several sentences ("'They promised to stop them. They have not,' he
        said") makes one claim per sentence: each can be contested alone."""
        lo, hi = content
        parts: list[tuple[int, int]] = []
        start = lo
        for i in range(lo, hi - 1):
            if doc[i].text in (".", "!", "?") and doc[i + 1].is_title:
                part = self._trim(doc, start, i + 1)
                if part is not None:
                    parts.append(part)
                start = i + 1
        last = self._trim(doc, start, hi)
        if last is not None:
            parts.append(last)
        return parts if len(parts) > 1 else [content]

    def _split_coordinated(self, clause: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
        """'said X and that Y' makes two claims: each that-clause can be contested alone."""
        doc = clause.doc
        parts: list[tuple[int, int]] = []
        lo, hi = content
        # "said the strikes targeted camps, killing 30, and that no civilians had been harmed":
        # the parser may hang the second that-clause on any verb of the first.
        conjuncts = sorted(
            (t for t in clause.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")),
            key=lambda t: t.i,
        )
        for conj in conjuncts:
            if conj.i <= clause.i or conj.left_edge.i >= hi or conj.left_edge.i <= lo:
                continue
            first_word = conj.left_edge
            # "and that order had been restored": the parser may read the complementiser as
            # a determiner of the clause's subject.
            misread = (
                first_word.lower_ == "that"
                and first_word.dep_ == "det"
                and first_word.i > 0
                and doc[first_word.i - 1].dep_ == "cc"
            )
            if not misread and not any(
                d.dep_ == "mark" and d.lower_ == "that" for d in conj.children
            ):
                continue
            cut = conj.left_edge.i
            end = cut
            while end > lo and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
            first = self._trim(doc, lo, end)
            if first is None:
                continue
            parts.append(first)
            lo = cut + 1 if misread else cut
        last = self._trim(doc, lo, hi)
        if last is not None:
            parts.append(last)
        return parts or [content]

    @staticmethod
    def _quoted_start(doc: Any, lo: int) -> bool:
        """Whether the content starting at token `lo` opens with a quotation mark."""
        return any(t.text in _QUOTES for t in doc[max(0, lo - 1) : lo + 1]) or (
            lo > 1 and doc[lo - 1].is_space and doc[lo - 2].text in _QUOTES
        )

    def _split_independent(self, doc: Any, content: tuple[int, int]) -> list[tuple[int, int]]:
        """Unquoted words a closing source vouches for that join clauses with subjects of
        their own ("A still runs camps and the TTP enjoy shelter, according to a report";
        "X has attacked …, and its propaganda has grown, analysts said") make one claim per
        clause (guide §2.1). A clause with one subject and two verbs ("were fighting … but
        lacked the means") and a direct quotation stay whole."""
        lo, hi = content
        # A direct quotation opens before its first word or closes after its last ("…
        # border. Designations make headlines, but …," said X).
        if self._quoted_start(doc, lo) or any(t.text in _QUOTES for t in doc[hi : hi + 2]):
            return [content]
        root = doc[lo:hi].root
        cuts = [
            c
            for c in root.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and lo < c.left_edge.i < hi
            # A finite clause: "two were killed and 11 injured" leaves its verb out.
            and (
                c.tag_ in _FINITE
                or any(a.tag_ in _FINITE for a in c.children if a.dep_.startswith("aux"))
            )
            and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)
            and any(d.dep_ == "cc" and d.i < c.left_edge.i for d in root.children)
            # A quotation mark left open before the conjunct: it is inside quoted words.
            and sum(t.text in _QUOTES for t in doc[lo : c.left_edge.i]) % 2 == 0
        ]
        parts: list[tuple[int, int]] = []
        start = lo
        for conj in sorted(cuts, key=lambda t: t.i):
            end = conj.left_edge.i
            while end > start and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
            part = self._trim(doc, start, end)
            if part is None:
                return [content]
            parts.append(part)
            start = conj.left_edge.i
        last = self._trim(doc, start, hi)
        if last is None:
            return [content]
        return [*parts, last] if parts else [content]

    def _noun_claim(self, cue: Token, info: CueInfo) -> _Found | None:
        content = self._nominal_content(cue)
        if content is None:
            for c in cue.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and c.i > cue.i
                    # s21: "the group's claim of responsibility" names an act, not a
                    # proposition (guide §6: no content clause, no claim).
                    and not (c.right_edge.i == c.i + 1 and c.right_edge.lower_ == "responsibility")
                ):
                    content = self._trim(cue.doc, c.i + 1, c.right_edge.i + 1)
        if content is None and cue.dep_ == "nsubj" and cue.head.lemma_.lower() == "be":
            # "Islamabad's calculation is that strikes deter the TTP", "Kabul's position is
            # that …": the that-clause the noun is equated with is its content.
            content = self._nominal_content(cue.head)
        if content is None:
            return None
        speaker = None
        for c in cue.children:
            if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"):
                speaker = c
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < content[0]:
                speaker = next((d for d in c.children if d.dep_ == "pobj"), None) or speaker
            elif (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and c.i < content[0]
                and cue.lemma_.lower() in self.lexicon.written_sources
            ):
                # "a report in a US newspaper that …": the medium that carried it speaks;
                # "reports in Kabul" name a place, not a source.
                medium = next((d for d in c.children if d.dep_ == "pobj"), None)
                if medium is not None and medium.ent_type_ not in ("GPE", "LOC", "FAC"):
                    speaker = medium
        if speaker is None:
            return None  # unowned nouns are handled through the verb that governs them
        if speaker.lower_ in _FIRST_PERSON and not any(t.text in _QUOTES for t in cue.sent):
            # "My argument is that …" outside any quotation is the author (an op-ed), as for
            # "I fear that …".
            return None
        return _Found(
            cue_start=cue.idx,
            cue_end=cue.idx + len(cue.text),
            cue=cue.text,
            content=content,
            speaker_tokens=_np_core(speaker),
            speaker_head=speaker.i,
            stance=info.stance,
            cue_factuality=info.factuality,
            kind="noun",
            content_kind="nominal",
            pronoun=speaker.lower_ if speaker.pos_ == "PRON" else None,
        )

    def _according_claim(self, tok: Token) -> list[_Found]:
        for word, prep in self.lexicon.according_to:
            if tok.lower_ != word:
                continue
            link: Token | None = None
            if prep:
                link = next((c for c in tok.children if c.lower_ == prep), None)
                if link is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == prep:
                    link = tok.doc[tok.i + 1]
                if link is None:
                    continue
                source = next((c for c in link.children if c.dep_ == "pobj"), None)
            else:
                source = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
            if source is None:
                continue
            if prep is None and self._reporting_aside(tok):
                # "A newspaper reported, citing unnamed officials, that …": the reporter
                # speaks; the aside only says where it heard it.
                return []
            reason = self._nominal_content(source) if prep is None else None
            if reason is not None:
                # "…, a source said, citing concerns that unrest could spill over": what is
                # cited is the speaker's own claim, not a source.
                found = self._cited_reason(tok, source, reason)
                return [found] if found is not None else []
            host = tok.head
            # "jets bombed an area where, according to local residents, herders were
            # camping": inside a relative clause the source vouches for that clause only.
            while (
                host.dep_ not in ("ROOT", "ccomp", "conj", "relcl")
                and not any(c.lower_ == "where" and c.tag_ == "WRB" for c in host.children)
                and host.head.i != host.i
            ):
                host = host.head
            if host is tok:
                continue
            if (
                prep
                and tok.i > tok.sent.start
                and tok.doc[tok.i - 1].text not in (",", "—", "–", "(")
                and any(self._cue_word(a) for a in host.ancestors)
            ):
                # "He said the perpetrators would be punished according to Sharia": a
                # phrase not set off inside someone's reported words tells how the act is
                # done (a rule, a law), not who vouches for it.
                continue
            drop = (tok.left_edge.i, tok.right_edge.i + 1)
            lo, hi = host.left_edge.i, host.right_edge.i + 1
            # The sentence's closing full stop and line breaks do not keep a final "according
            # to X" inside the content.
            while hi > drop[1] and (tok.doc[hi - 1].is_punct or tok.doc[hi - 1].is_space):
                hi -= 1
            if drop[0] <= lo:
                lo = drop[1]
            elif drop[1] >= hi:
                hi = drop[0]
            elif any(c.dep_ == "conj" and c.left_edge.i >= drop[1] for c in host.children):
                # "A was wounded, according to police, but residents said B": a source set
                # after one clause vouches for what precedes it, not for a clause joined
                # after it (which often has a speaker of its own).
                hi = drop[0]
            content = self._trim(tok.doc, lo, hi)
            if content is None:
                continue
            contents = [content]
            if host.dep_ == "conj" and host.head.i < host.i and drop[0] > host.i:
                # "A, and B, according to a UN report": the closing source vouches for both
                # coordinated clauses, one claim each (guide §2.1).
                first = host.head
                end = host.left_edge.i
                while end > first.i and (
                    tok.doc[end - 1].dep_ == "cc" or tok.doc[end - 1].is_punct
                ):
                    end -= 1
                lead = self._trim(tok.doc, first.left_edge.i, end)
                if lead is not None and first.left_edge.i < host.left_edge.i:
                    contents.insert(0, lead)
            contents = [part for c in contents for part in self._split_independent(tok.doc, c)]
            return [
                _Found(
                    cue_start=tok.idx,
                    cue_end=(link.idx + len(link.text))
                    if link is not None
                    else tok.idx + len(tok.text),
                    cue=f"{tok.text} {link.text}" if link is not None else tok.text,
                    content=content,
                    speaker_tokens=_np_core(source),
                    speaker_head=source.i,
                    stance="assert",
                    cue_factuality=None,
                    kind="according",
                    tail=True,
                    content_kind="according",
                )
                for content in contents
            ]
        return []

    def _reporting_aside(self, tok: Token) -> bool:
        """Whether "citing X" is set off by commas between a reporting verb and its
        that-clause ("reported last month, citing officials, that …")."""
        doc = tok.doc
        sent = tok.sent
        after = tok.right_edge.i + 1
        if after + 1 >= sent.end or doc[after].text != "," or doc[after + 1].lower_ != "that":
            return False
        return any(
            t.pos_ == "VERB"
            and self._cue_word(t)
            and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
            for t in doc[sent.start : tok.i]
        )

    def _cited_reason(self, tok: Token, noun: Token, reason: tuple[int, int]) -> _Found | None:
        """The claim of "X said, citing concerns that …": the one citing speaks."""
        gov = tok.head
        subject = next((c for c in gov.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or gov.i == tok.i:
            return None
        return _Found(
            cue_start=tok.idx,
            cue_end=noun.idx + len(noun.text),
            cue=tok.doc[tok.i : noun.i + 1].text,
            content=reason,
            speaker_tokens=_np_core(subject),
            speaker_head=subject.i,
            stance="assert",
            cue_factuality=None,
            kind="verb",
            pronoun=subject.lower_ if subject.pos_ == "PRON" else None,
            content_kind="nominal",
        )

    # ------------------------------------------------------------------ spans
    def _claim_noun_clauses(self, tok: Token) -> list[Token]:
        """The relative clauses on a claim noun ("a claim the Taliban rejected", "an account
        officials dispute"); none when ``tok`` is no claim noun."""
        lex = self.lexicon
        lemma = tok.lemma_.lower()
        if lemma not in lex.claim_objects and lemma not in lex.nouns:
            return []
        return [c for c in tok.children if c.dep_ in ("relcl", "acl")]

    def _denies(self, verb: Token) -> bool:
        info = self.lexicon.verbs.get(verb.lemma_.lower())
        return info is not None and info.stance == "deny"

    def _verdict_on(self, noun: Token) -> Token | None:
        """The appositive claim noun another speaker denies, said of this noun ("a ceasefire
        …, a characterisation Kabul disputed")."""
        # The parser hangs the verdict on the noun or, as a second object, on the verb.
        later = [c for c in noun.head.children if c.i > noun.i and c.dep_ in ("dobj", "npadvmod")]
        for tok in [*noun.rights, *later]:
            if tok.dep_ in ("appos", "dobj", "npadvmod") and any(
                self._denies(c) for c in self._claim_noun_clauses(tok)
            ):
                return tok
        return None

    def _without_verdict(self, doc: Any, content: tuple[int, int]) -> tuple[int, int]:
        """The content without a closing verdict on it ("…, a claim the Taliban rejected"):
        that verdict is another speaker's denial, not part of what was claimed."""
        lo, hi = content
        for tok in doc[lo:hi]:
            if (
                tok.dep_ in ("npadvmod", "appos")
                and tok.left_edge.i > lo
                and tok.right_edge.i + 1 >= hi
                and self._claim_noun_clauses(tok)
            ):
                return self._trim(doc, lo, tok.left_edge.i) or content
        return content

    @staticmethod
    def _cue_text(cue: Token) -> str:
        prt = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
        return cue.text + (" " + prt[0].text if prt else "")

    @staticmethod
    def _quoted_or_tail(cue: Token, clause: Token) -> bool:
        """Left-hand content ("…, police said") is only attribution when the cue closes it."""
        sent = cue.sent
        between = [t for t in cue.doc[clause.right_edge.i + 1 : cue.i]]
        if any(t.text in _QUOTES for t in sent):
            return True
        return any(t.text in (",", "—", "–") for t in between) or cue.i >= sent.end - 4

    def _content_range(
        self, head: Token, *, exclude: Token, keep_inside: bool = False
    ) -> tuple[int, int] | None:
        doc = head.doc
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        # Cut off the cue's own words when the content surrounds or precedes them.
        if lo <= exclude.i < hi:
            cue_lo = min(
                [exclude.i] + [c.left_edge.i for c in exclude.children if c.dep_ in _SUBJECT_DEPS]
            )
            if exclude.right_edge.i + 1 >= hi:
                hi = cue_lo
            elif cue_lo <= lo:
                lo = exclude.right_edge.i + 1
            elif not keep_inside:
                hi = cue_lo
        return self._trim(doc, lo, hi)

    def _nominal_content(self, noun: Token) -> tuple[int, int] | None:
        for c in noun.children:
            if c.dep_ in ("acl", "relcl", "ccomp", "appos") and c.i > noun.i:
                first = c.left_edge
                if first.head.i == c.i and first.dep_ in ("nsubj", "nsubjpass"):
                    # "a UN report that supports neither side": a relative "that" is the
                    # noun itself acting, not what the report says. (A "that" read as the
                    # clause's object is often its complementiser: "told the briefing that
                    # India was financing …".)
                    continue
                if first.lower_ == "that" or any(
                    d.dep_ == "mark" and d.lower_ == "that" for d in c.children
                ):
                    return self._trim(noun.doc, first.i, c.right_edge.i + 1)
        return None

    def _stranded_first_clause(self, cue: Token, clause: Token) -> tuple[int, int] | None:
        """The first of two coordinated that-clauses when the parser hung it on the noun of a
        phrase after the cue ('told reporters after the talks that A "…" and that B'): the
        second one is the cue's complement, so without this the first is lost."""
        doc = cue.doc
        for prep in cue.children:
            if prep.dep_ != "prep" or not cue.i < prep.i < clause.left_edge.i:
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None:
                continue
            first = self._nominal_content(noun)
            if first is None or first[1] > clause.left_edge.i:
                continue
            # Only a coordination joins them ("… and that B"); anything else between the two
            # means the noun's clause is not reported by this cue.
            gap = doc[first[1] : clause.left_edge.i]
            if doc[clause.left_edge.i].lower_ == "that" and [
                t.lower_ for t in gap if t.text not in _QUOTES and t.text != ","
            ] == ["and"]:
                return first
        return None

    @staticmethod
    def _trim(doc: Any, lo: int, hi: int) -> tuple[int, int] | None:
        strip = _QUOTES | {",", ".", ";", ":", "—", "–", "-", "(", ")"}
        while lo < hi and (
            doc[lo].text in strip
            or doc[lo].lower_ == "that"
            and doc[lo].dep_ in ("mark", "dobj", "nsubj")
            and lo + 1 < hi
        ):
            if doc[lo].lower_ == "that" and doc[lo].dep_ != "mark" and doc[lo].head.i >= hi:
                break
            lo += 1
        while hi > lo and doc[hi - 1].text in strip:
            hi -= 1
        if hi - lo < 1:
            return None
        if (
            hi < len(doc)
            and doc[hi].text in _QUOTES
            and sum(t.text in _QUOTES for t in doc[lo:hi]) % 2 == 1
        ):
            # 'had "returned safely to their bases"': the mark closes a quotation the
            # content opened, so it is part of the content (guide §2.2).
            hi += 1
        return lo, hi

    # ------------------------------------------------------------------ records
    def _record(
        self,
        linked: LinkedDoc,
        mentions: list[ActorMention],
        sent: Span,
        item: _Found,
        previous: ActorRef | None,
        written: ActorRef | None = None,
        recent: bool = False,
        unnamed: ActorRef | None = None,
    ) -> ClaimRecord | None:
        doc = linked.doc
        lex = self.lexicon
        content = doc[item.content[0] : item.content[1]]
        speaker: ActorRef | None = None
        confidence = {"verb": 0.85, "noun": 0.7, "according": 0.75, "impersonal": 0.6}[item.kind]
        if item.speaker_head is not None and (
            doc[item.speaker_head].lower_ in lex.neg_pronouns
            or any(
                c.dep_ == "det" and c.lower_ in lex.neg_determiners
                for c in doc[item.speaker_head].children
            )
        ):
            # "No group said it had carried out the assault": nobody is speaking; the
            # sentence reports a silence (the events stage reads any claim of the act).
            return None
        if item.speaker_tokens is not None:
            s_lo, s_hi = item.speaker_tokens
            phrase = doc[s_lo:s_hi]
            # A speaker phrase never reaches into the content ("X, who said …").
            if s_lo < item.content[0] < s_hi:
                phrase = doc[s_lo : item.content[0]]
            mention = self._speaker_mention(linked, mentions, phrase, item.speaker_head)
            if mention is not None:
                mention = self._named_spokesperson(mention)
            if mention is not None and self._person_as_body(linked, mention, item.speaker_head):
                # "Foreign Ministry spokesman Esmaeil Baghaei" linked to the ministry: a named
                # person the knowledge base lacks is that person (guide §0: `?:Name`), not the
                # body in the title.
                mention = None
            if (
                mention is not None
                and item.speaker_head is not None
                and doc[item.speaker_head].lemma_.lower() in lex.media_sources
                and not mention.start <= doc[item.speaker_head].idx < mention.end
            ):
                # "a Pakistani newspaper", "a US newspaper": an outlet is not the state its
                # country word names (guide §0: an unknown outlet is `?:`).
                mention = None
            if (
                mention is not None
                and any(t.lower_ == "opposition" for t in phrase)
                and (actor := linked.actors.get(mention.actor_id or "")) is not None
                and actor.sector in _STATE_SECTORS
                and "opposition" not in mention.text.lower()
            ):
                # "opposition lawmakers accused them …": the opposition within a house is not
                # the house, nor the government it opposes (guide §0: `?:opposition lawmakers`).
                mention = None
            if (
                mention is not None
                and mention.rule == "generic"
                and mention.actor_id
                and self._expects_object_of(linked, mentions, item, mention.actor_id)
            ):
                # s22: "Officials expect the Taliban to reopen the crossing": the one who
                # expects is the subject, never the object the forecast is about; a bare
                # "officials" the linker gave to that object's actor stays their own words.
                mention = None
            noun = self._document_noun(doc, item.speaker_head)
            issuer = (
                self._issuer(doc, noun.i) or self._issuing_subject(noun)
                if noun is not None
                else None
            )
            unowned = (
                noun is not None
                and not any(t.pos_ == "PROPN" for t in phrase)
                and not any(c.dep_ == "poss" for c in noun.children)
            )
            if (
                issuer is None
                and noun is not None
                and mention is not None
                and mention.actor_id is not None
                and mention.actor_id.startswith("prov:")
                and mention.start <= noun.idx < mention.end
            ):
                # "The report says …" that the linker took for a new actor of its own: a
                # document speaks for its issuer (guide §2.1), the one an earlier sentence
                # named, found below.
                mention = None
            if issuer is not None:
                # "a statement released by Qatar", "a report of the Secretary-General": the
                # document speaks for whoever issued it (guide §2.1).
                mention = self._speaker_mention(linked, mentions, issuer, issuer.root.i) or mention
            elif (
                unowned
                and noun is not None
                and (mention is None or self._is_person(linked, mention))
                and (earlier := self._earlier_issuer(linked, mentions, noun)) is not None
            ):
                # "The monitoring team publishes a report … The latest report says …", "each
                # of these reports has said …": a document the phrase leaves unowned is the
                # one an earlier sentence gave an issuer, whoever was quoted in between.
                mention = earlier
            elif (
                noun is not None
                and mention is not None
                and not any(t.pos_ == "PROPN" for t in phrase)
                and self._is_person(linked, mention)
            ):
                # "The report also warns …": a document is not the person last quoted.
                mention = None
            item.speaker_how = "unresolved"
            if (
                unnamed is not None
                and item.pronoun in ("he", "she")
                and (mention is None or not self._named_since(mentions, mention, sent))
            ):
                speaker = ActorRef(id=None, name=None, text=unnamed.text)
                item.speaker_how = "pronoun"
                confidence -= 0.2
            elif (
                item.pronoun
                and (main := self._relative_clause_host(linked, mentions, sent, item)) is not None
            ):
                # "UNHCR urged Tehran to halt returns of people who it said could face
                # persecution": a pronoun speaking inside a relative clause is the sentence's
                # own subject, not the nearer object the coreference may pick.
                speaker = linked.actor_ref(main)
                item.speaker_how = "pronoun"
                confidence -= 0.1
            elif (
                mention is not None
                and recent
                and item.pronoun in ("he", "she", "it")
                and previous is not None
                and previous.id
                and mention.actor_id != previous.id
                and self._fits_pronoun(linked, previous.id, item.pronoun)
                # "UNHCR urged …, who it said …": an antecedent named earlier in the same
                # sentence is nearer than the last speaker, when the pronoun can stand for it
                # ("Moscow's envoy, Zamir Kabulov, said …, as he warned": not Moscow).
                and not (
                    mention.actor_id is not None
                    and self._fits_pronoun(linked, mention.actor_id, item.pronoun)
                    and any(
                        m.actor_id == mention.actor_id
                        and sent.start_char <= m.start < mention.start
                        for m in mentions
                    )
                )
            ):
                # "Dar said …. '…,' he said": a reporting pronoun right after a quoted
                # person continues that person's words, whoever else was named in between.
                speaker = ActorRef(id=previous.id, name=previous.name, text=phrase.text)
                item.speaker_how = "pronoun"
                confidence -= 0.15
            elif (
                mention is not None
                and recent
                and previous is not None
                and previous.id
                and mention.actor_id != previous.id
                and mention.rule == "coref"
                and self._described_before(mentions, sent, phrase, previous.id)
            ):
                # "Rawadari, an Afghan rights group, said …. The group also said …": a
                # definite noun repeating how the last speaker was just described is that
                # speaker, not another actor of the kind the coreference reached back for.
                speaker = ActorRef(id=previous.id, name=previous.name, text=phrase.text)
                item.speaker_how = "anaphor"
                confidence -= 0.15
            elif (
                mention is None
                or item.pronoun == "it"
                and not recent
                and not self._named_since(mentions, mention, sent)
            ) and (
                owner := self._possessive_owner(
                    linked, mentions, phrase, sent, pronoun=item.pronoun if not recent else None
                )
            ) is not None:
                # "The Islamic Emirate's response was swift. Its counter-narcotics directorate
                # rejected …": a body the knowledge base lacks speaks for the actor "its" names;
                # "The UN team is more modest. In its report it estimated …": a speaking "it"
                # with no claim just before is the body the previous sentence is about, not an
                # actor the coreference found further back.
                speaker = ActorRef(id=owner.id, name=owner.name, text=phrase.text)
                item.speaker_how = "pronoun"
                confidence -= 0.2
            elif mention is not None and not (
                mention.actor_id is None and previous is not None and self._anaphoric_phrase(phrase)
            ):
                speaker = self._actor_ref(linked, mention)
                item.speaker_how = "pronoun" if item.pronoun else "mention"
                if mention.actor_id is None:
                    item.speaker_how = "unresolved"
                    confidence -= 0.15
            elif item.pronoun in lex.carry_over_pronouns and (
                carried := self._pronoun_antecedent(
                    linked, mentions, phrase, item.pronoun, previous
                )
            ):
                speaker = ActorRef(id=carried.id, name=carried.name, text=phrase.text)
                item.speaker_how = "pronoun"
                confidence -= 0.15
            elif (named := self._earlier_namesake(linked, mentions, phrase)) is not None:
                speaker = ActorRef(id=named.id, name=named.name, text=phrase.text)
                item.speaker_how = "namesake"
                confidence -= 0.1
            elif previous is not None and self._anaphoric_phrase(phrase):
                # "The statement said …" right after "ISPR said …": the document or the
                # official already introduced speaks for the same actor. A document, and
                # those who wrote one ("the monitors write"), refer back to the last
                # document-speaker when there is one: people quoted in between ("Mujahid
                # dismissed the report …") did not write it.
                back = previous
                root = phrase.root.lemma_.lower()
                if written is not None and (
                    root in lex.written_sources or root in lex.document_authors
                ):
                    back = written
                speaker = ActorRef(id=back.id, name=back.name, text=phrase.text)
                item.speaker_how = "anaphor"
                confidence -= 0.2
            elif (seat := self._seat_of_power(phrase)) is not None:
                # "…, according to Islamabad", "a characterisation Kabul rejects": a capital
                # the linker kept as a place (the parser misread its role) speaks for its state.
                speaker = seat
                item.speaker_how = "mention"
                confidence -= 0.1
            else:
                speaker = ActorRef(id=None, name=None, text=phrase.text)
                confidence -= 0.25
        negated_head = self._negated_head(content)
        negated = negated_head is not None
        if negated_head is not None and not self._negation_denies(
            linked, negated_head, speaker, pledge=item.cue_factuality == "future"
        ):
            negated = False
        stance = item.stance
        if (
            stance == "deny"
            and item.kind == "verb"
            and (cue_word := next((t for t in sent if t.idx == item.cue_start), None)) is not None
            and cue_word.lemma_.lower() in lex.hedge_cues
            and any(c.dep_ in _SUBJECT_DEPS and c.lower_ == "it" for c in content.root.children)
        ):
            # "doubted that construction would start on schedule" disputes what another
            # party expects; "military action could follow, though she doubted it would
            # change their calculations" weighs the speaker's own point, and denies nothing.
            stance = "assert"
        if negated:
            stance = "deny" if stance == "assert" else "assert"
        elif stance == "assert" and self._calls_false(content):
            stance = "deny"
        cue_tok = next((t for t in sent if t.idx == item.cue_start), None)
        hedged = (
            self._hedged(sent, content, cue=cue_tok)
            or item.kind == "impersonal"
            # "she doubted it would …", "officials suspect that …": the cue itself doubts.
            or (cue_tok is not None and cue_tok.lemma_.lower() in lex.hedge_cues)
        )
        factuality = self._classify(
            sent, content, item, negated=negated, hedged=hedged, published=linked.published
        )
        sentence_text, sentence_span = sentence_extent(self._unglued_part(sent, content, cue_tok))
        return ClaimRecord(
            sentence=sentence_text,
            sentence_span=sentence_span,
            span=(item.cue_start, item.cue_end),
            cue=item.cue,
            content=content.text,
            content_span=(content.start_char, content.end_char),
            speaker=speaker,
            stance=stance,
            hedged=hedged,
            factuality=factuality,
            confidence=round(max(0.05, min(1.0, confidence)), 2),
            extractor=f"{self.NAME}@{self.version}",
        )

    @staticmethod
    def _unglued_part(sent: Span, content: Span, cue: Token | None) -> Span:
        """The claim's own sentence when the tokenizer glued two together through an
        abbreviation's full stop ("… of the JUI-F. He said …")."""
        glued = _glued_sentence_start(sent.doc, sent.start, sent.end)
        if glued is None or cue is None:
            return sent
        if cue.i >= glued and content.start >= glued:
            return sent.doc[glued : sent.end]
        if cue.i < glued and content.end <= glued:
            return sent.doc[sent.start : glued]
        return sent

    def _classify(
        self,
        sent: Span,
        content: Span,
        item: _Found,
        *,
        negated: bool,
        hedged: bool,
        published: Any,
    ) -> str:
        if self._factuality is not None:
            try:
                value = self._factuality(sent, content.root, published=published)
            except ValueError:
                # A broken shared cue file must not stop claim extraction; the local rules
                # below give a usable answer and the cue error surfaces in the events stage.
                value = None
            if value == "asserted":
                if item.cue_factuality:
                    return item.cue_factuality
                if hedged:
                    return "alleged"
            if value is not None:
                return value
        return classify_claim_factuality(
            content, cue_factuality=item.cue_factuality, negated=negated, hedged=hedged
        )

    def _speaker_mention(
        self, linked: LinkedDoc, mentions: list[ActorMention], phrase: Span, head: int | None
    ) -> ActorMention | None:
        doc = linked.doc
        person_titles = self.lexicon.person_titles
        # Read once: a Span computes its character offsets from its tokens on every access,
        # and `Doc.text` joins every token, so only the linked document's cached text is read.
        start_char, end_char = phrase.start_char, phrase.end_char
        head_char = doc[head].idx if head is not None else None
        inside = [
            m
            for m in mentions
            if m.start < end_char
            and m.end > start_char
            # "his brother said": a person's relative is not that person (guide §0 drops the
            # possessive: `?:brother`); "its spokesman" does speak for its body.
            and not (
                head_char is not None
                and head_char >= m.end
                and m.end - m.start == 3
                and linked.text[m.start : m.end].lower() in ("his", "her")
            )
        ]
        if not inside:
            return None
        known = [m for m in inside if m.actor_id and not m.actor_id.startswith("prov:")]

        def depth(m: ActorMention) -> int:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                return 99
            tok, steps = span.root, 0
            while head is not None and tok.i != head and tok.head.i != tok.i and steps < 20:
                tok, steps = tok.head, steps + 1
            return steps

        def appositive(m: ActorMention) -> bool:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return span is not None and any(t.dep_ == "appos" and t.head.i == head for t in span)

        def titled(m: ActorMention) -> bool:
            # "Russia's first deputy ambassador, Dmitry Polyanskiy": a name in apposition to
            # a person's title is a person, whatever the tagger took it for.
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return (
                span is not None
                and span.root.dep_ == "appos"
                and span.root.pos_ == "PROPN"
                and span.root.head.lemma_.lower() in person_titles
            )

        choice: ActorMention | None = None
        if head is not None:
            # "A TTP spokesman, Muhammad Khurasani": the named person in apposition speaks.
            choice = next((m for m in inside if self._is_person(linked, m) and appositive(m)), None)
            name = next(
                (
                    c
                    for c in doc[head].rights
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    # "Russia's Federal Security Service (FSB)": a bracketed abbreviation
                    # restates the body; it names no person.
                    and doc[c.left_edge.i - 1].text != "("
                ),
                None,
            )
            if choice is None:
                # "Pakistan's envoy to the UN, Asim Iftikhar Ahmad": the parser may hang the
                # name on the nearer noun; a person's name in apposition still speaks.
                choice = next(
                    (
                        m
                        for m in inside
                        if (span := doc.char_span(m.start, m.end, alignment_mode="expand"))
                        is not None
                        and span.root.dep_ == "appos"
                        and (span.root.ent_type_ == "PERSON" or titled(m))
                        and (
                            self._is_person(linked, m)
                            or not m.actor_id
                            or m.actor_id.startswith("prov:")
                        )
                    ),
                    None,
                )
            if choice is None and name is not None and not any(appositive(m) for m in inside):
                # A named person nobody knows ("Pakistan's envoy, Asim Iftikhar Ahmad") is
                # an unresolved speaker, not the country in the title.
                return None
            if choice is None:
                head_idx = doc[head].idx
                choice = next(
                    (m for m in inside if m.start <= head_idx < m.end and m.actor_id), None
                )
        if choice is None:
            resolved = [m for m in inside if m.actor_id] or inside
            choice = min(resolved, key=lambda m: (depth(m), m.start))

        def owner(m: ActorMention) -> bool:
            # "the Taliban's ministry", "a Pakistani official", "a spokesman for the Foreign
            # Office" name whom the speaker belongs to; "traders on both sides" does not.
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                return False
            root = span.root
            return root.dep_ != "pobj" or root.head.lower_ in ("of", "for", "from", "at")

        known = [m for m in known if owner(m)]
        if (
            head is not None
            and choice.rule == "generic"
            and choice.actor_id
            and (named := self._possessive_namer(doc, known, head)) is not None
            and named.actor_id
            and named.actor_id != choice.actor_id
            and not self._side(named.actor_id) & self._side(choice.actor_id)
        ):
            # s21: "Iran's border police said …" in an article set in Helmand: the linker may
            # give a bare "police" to the place's side, but the possessive names the owner.
            return named
        if (
            head is not None
            and doc[head].lemma_.lower() in self.lexicon.proxy_speakers
            and not self._is_person(linked, choice)
            and (principal := self._principal(linked, inside, head)) is not None
        ):
            # "A spokesperson for Secretary-General Antonio Guterres said": an unnamed
            # spokesperson or office of a named person speaks for that person (guide §15
            # rule 7, §16 rule 3), not for the body the person belongs to.
            return principal
        if choice.actor_id and titled(choice):
            self._titled_people.add(choice.actor_id)
        if (
            choice.actor_id
            and choice.actor_id.startswith("prov:")
            and known
            and not self._is_person(linked, choice)
            and not titled(choice)
        ):
            # "the Taliban's Ministry of Defence", "a Pakistani Commerce Ministry official":
            # a body the knowledge base lacks speaks for the known actor its phrase names. A
            # named person it lacks ("Foreign Minister Bakhtiyor Saidov") stays the speaker.
            return known[-1]
        return choice

    @staticmethod
    def _expects_object_of(
        linked: LinkedDoc, mentions: list[ActorMention], item: _Found, actor_id: str
    ) -> bool:
        """Whether an "expect X to …" cue's content opens with an object naming `actor_id`."""
        doc = linked.doc
        cue = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        if not cue or cue.root.lemma_.lower() != "expect":
            return False
        lo, hi = item.content
        if hi <= lo:
            return False
        # The object before the infinitive: "the Taliban" in "the Taliban to reopen …".
        to = next((t for t in doc[lo:hi] if t.lower_ == "to" and t.dep_ == "aux"), None)
        if to is None or to.i == lo:
            return False
        start, end = doc[lo].idx, doc[to.i].idx
        return any(m.actor_id == actor_id and start <= m.start < end for m in mentions)

    @staticmethod
    def _possessive_namer(doc: Any, known: list[ActorMention], head: int) -> ActorMention | None:
        """The known actor a possessive names as the owner of the speaker's head noun
        ("Iran's border police" → Iran), if any."""
        for m in known:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "poss" and span.root.head.i == head:
                return m
        return None

    def _principal(
        self, linked: LinkedDoc, inside: list[ActorMention], head: int
    ) -> ActorMention | None:
        """The known person a spokesperson or office phrase speaks for: the person named in
        its for-phrase or as its possessor ("a spokesman for Ishaq Dar", "Baradar's office")."""
        doc = linked.doc
        spoken_for = [
            t
            for c in doc[head].children
            if c.dep_ == "prep" and c.lower_ == "for"
            for t in c.subtree
        ] + [t for c in doc[head].children if c.dep_ == "poss" for t in c.subtree]
        chars = {t.idx for t in spoken_for}
        return next(
            (
                m
                for m in inside
                if m.actor_id
                and not m.actor_id.startswith("prov:")
                and self._is_person(linked, m)
                and any(m.start <= c < m.end for c in chars)
            ),
            None,
        )

    @staticmethod
    def _described_before(
        mentions: list[ActorMention], sent: Span, phrase: Span, actor_id: str
    ) -> bool:
        """Whether "the <noun>" repeats the noun of an apposition that described the actor
        in the previous sentence ("Rawadari, an Afghan rights group, …")."""
        root = phrase.root
        if (
            sent.start == 0
            or root.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in root.children)
        ):
            return False
        doc = sent.doc
        before = doc[sent.start - 1].sent
        lemma = root.lemma_.lower()
        for tok in before:
            if tok.dep_ != "appos" or tok.lemma_.lower() != lemma:
                continue
            host = tok.head
            if any(m.actor_id == actor_id and m.start <= host.idx < m.end for m in mentions):
                return True
        return False

    def _anaphoric_phrase(self, phrase: Span) -> bool:
        """Whether a definite speaker phrase names no actor but points back ("the statement",
        "the envoy", "the document", "the monitors")."""
        lex = self.lexicon
        root = phrase.root
        return bool(
            {root.lemma_.lower(), root.lower_} & (lex.anaphoric_speakers | lex.written_sources)
        ) and any(t.lower_ in ("the", "this", "that", "these") for t in phrase)

    def _relative_clause_host(
        self, linked: LinkedDoc, mentions: list[ActorMention], sent: Span, item: _Found
    ) -> ActorMention | None:
        """The main clause's subject when a pronoun cue sits in a relative clause."""
        doc = linked.doc
        cue = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        if not cue:
            return None
        tok = cue[0]
        # "… to protest against what it called 'a violation'": a free relative inside the
        # sentence is as embedded as a relative clause.
        free_relative = tok.i != sent.root.i and any(
            c.lower_ == "what" and c.dep_ == "dobj" for c in tok.children
        )
        if not free_relative and not any(t.dep_ == "relcl" for t in [tok, *tok.ancestors]):
            return None
        # The nearest clause above with a subject of its own: "… of what it called 'Fitna
        # al-Hindustan', a term Islamabad uses for groups it says are funded by India" — the
        # one who says is who uses the term, not the sentence's subject.
        subject = next(
            (
                t
                for t in reversed(doc[sent.start : tok.i])
                if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "relcl"
            ),
            None,
        ) or next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i >= tok.i:
            return None
        lo = subject.left_edge.idx
        hi = subject.right_edge.idx + len(subject.right_edge.text)
        found = self._speaker_mention(
            linked, mentions, doc[subject.left_edge.i : subject.right_edge.i + 1], subject.i
        )
        if found is None or not found.actor_id:
            return None
        if found.actor_id.startswith("prov:") and not (
            item.pronoun == "they" and subject.tag_ == "NNS"
        ):
            # "traders observed a strike against checkpoints, which they said had cut the
            # town off": a plural group the linker does not know is still who "they" are.
            return None
        if not (lo <= found.start < hi) or not self._fits_pronoun(
            linked, found.actor_id, item.pronoun or ""
        ):
            return None
        return found

    def _document_noun(self, doc: Any, head: int | None) -> Token | None:
        """The document a speaker phrase is headed by ("the report", "each of these
        reports"), or None when the phrase names no document."""
        if head is None:
            return None
        tok = doc[head]
        if tok.lower_ in _QUANTIFIERS:
            # "each of these reports has said …": the quantifier's of-phrase is the speaker.
            tok = next(iter(_prep_objects(tok, ("of",))), tok)
        lemma = tok.lemma_.lower()
        if lemma in self.lexicon.written_sources:
            return tok
        # "figures compiled by the polio programme", "a tally kept by traders": data that
        # names who gathered it speaks for them as a document does.
        if lemma in self.lexicon.data_sources and self._issuer(doc, tok.i) is not None:
            return tok
        return None

    def _earlier_issuer(
        self, linked: LinkedDoc, mentions: list[ActorMention], noun: Token
    ) -> ActorMention | None:
        """The known issuer of the nearest earlier document of the same kind: "a report by
        X", "X's report", "X publishes a report" (`issuing_verbs`)."""
        doc = noun.doc
        lemma = noun.lemma_.lower()
        for tok in reversed(doc[: noun.i]):
            if (
                tok.lemma_.lower() != lemma
                or tok.pos_ != "NOUN"
                # "travel documents", "a news report": another kind of document.
                or any(c.dep_ == "compound" for c in tok.children)
            ):
                continue
            span = self._issuer(doc, tok.i)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if span is None and owner is not None:
                span = doc[owner.left_edge.i : owner.right_edge.i + 1]
            verb = tok.head
            if span is None:
                span = self._issuing_subject(tok)
            if (
                span is None
                and tok.dep_ == "pobj"
                and verb.lower_ in ("in", "through")
                and (speaking := verb.head if verb.head.dep_ != "dobj" else verb.head.head).pos_
                == "VERB"
                and (subject := next((c for c in speaking.children if c.dep_ == "nsubj"), None))
            ):
                # "The BLA claimed the attack in a statement … A second statement said …":
                # whoever spoke in the earlier document issued it.
                span = doc[subject.left_edge.i : subject.right_edge.i + 1]
            if span is None:
                continue
            found = self._speaker_mention(linked, mentions, span, span.root.i)
            if found is None or not found.actor_id or found.actor_id.startswith("prov:"):
                # "An IS-K media outlet, al-Azaim, … published a statement": an outlet the
                # knowledge base lacks issues for the known actor its phrase names.
                found = self._known_in(mentions, span)
            if found is not None:
                return found
        # "Foreign ministers of the SCO called … A joint communique issued at the end of the
        # session said …": with no earlier document of the kind, the new one is issued by
        # the actor the previous sentence is about (guide §2.1: a document speaks for its
        # issuer).
        sent = noun.sent
        if sent.start == 0 or any(t.dep_ == "poss" for t in noun.children):
            return None
        before = doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        span = doc[subject.left_edge.i : subject.right_edge.i + 1]
        found = self._speaker_mention(linked, mentions, span, subject.i)
        if found is not None and found.actor_id and not found.actor_id.startswith("prov:"):
            return found
        return None

    @staticmethod
    def _known_in(mentions: list[ActorMention], span: Span) -> ActorMention | None:
        """The first mention of a known actor inside a phrase."""
        return next(
            (
                m
                for m in mentions
                if span.start_char <= m.start < span.end_char
                and m.actor_id
                and not m.actor_id.startswith("prov:")
            ),
            None,
        )

    def _issuing_subject(self, noun: Token) -> Span | None:
        """Who a clause says put the document out ("UNAMA published a report documenting
        …", `issuing_verbs`): the document's words are theirs."""
        verb = noun.head
        if (
            noun.dep_ == "pobj"
            and verb.lower_ == "with"
            and verb.head.pos_ == "VERB"
            and verb.head.lemma_.lower() in ("end", "close", "conclude", "wrap")
        ):
            # "the secretaries ended their meeting with a declaration describing …": a
            # meeting's closing document is its participants'.
            verb = verb.head
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in self.lexicon.issuing_verbs:
            return None
        # "KABUL — For the past month the Front has issued statements …": the parser may take
        # the dateline for a second subject; the issuer is the one nearest the verb.
        subject = max(
            (c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None
        )
        if subject is None and verb.dep_ == "conj":
            # "X did not mention the arrests but published a statement": a coordinated
            # verb shares its first verb's subject.
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        return noun.doc[subject.left_edge.i : subject.right_edge.i + 1]

    @staticmethod
    def _issuer(doc: Any, head: int | None) -> Span | None:
        """The issuer named in a document's phrase: "released/issued by X", "from X", "of X"."""
        if head is None:
            return None
        for child in doc[head].rights:
            link = child
            if child.dep_ == "acl" and child.tag_ == "VBN":
                link = next((c for c in child.children if c.dep_ == "agent"), child)
                if child.lemma_.lower() == "attribute":
                    # "a statement attributed to the TTP"
                    link = next(
                        (c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"),
                        link,
                    )
            if (
                link.dep_ in ("agent", "prep")
                and link.lower_ in ("by", "from", "of", "to")
                and (link.lower_ != "to" or link.head.lemma_.lower() == "attribute")
            ):
                obj = next((c for c in link.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return doc[obj.left_edge.i : obj.right_edge.i + 1]
        return None

    @staticmethod
    def _named_since(mentions: list[ActorMention], mention: ActorMention, sent: Span) -> bool:
        """Whether the pronoun's linked actor is named in the previous or this sentence
        (then the linker's reading stands against the unnamed speaker)."""
        doc = sent.doc
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return any(
            m.actor_id == mention.actor_id
            and start <= m.start < mention.start
            and m.rule != "coref"
            for m in mentions
        )

    def _unnamed_person(self, doc: Any, item: _Found) -> bool:
        """Whether the speaker phrase is one person the knowledge base does not know ("a
        shopkeeper near the bank", "Randhir Jaiswal"), not a document, a group or a pronoun."""
        if item.speaker_head is None or item.pronoun:
            return False
        head = doc[item.speaker_head]
        if head.ent_type_ == "PERSON":
            return True
        return (
            head.tag_ == "NN"
            and head.ent_type_ == ""
            and head.lemma_.lower() not in self.lexicon.written_sources
        )

    def _named_spokesperson(self, mention: ActorMention) -> ActorMention:
        """The person a spokesperson's name links to: the linker gives a known spokesperson's
        words to the body spoken for ("Esmaeil Baghaei, the ministry spokesman" → the
        ministry), but the claim is the named person's (guide §2.2, gold `esmaeil-baghaei`;
        older batches wrote `?:Name` before the entry existed, which the person's id
        matches too)."""
        if not mention.actor_id or mention.actor_id.startswith("prov:"):
            return mention
        kb = self._knowledge()
        for actor in kb.lookup(mention.text):
            if (
                actor.kind == "person"
                and not actor.provisional
                and kb.speaks_for(actor.id) == mention.actor_id
            ):
                return replace(mention, actor_id=actor.id)
        return mention

    def _is_person(self, linked: LinkedDoc, mention: ActorMention) -> bool:
        """Whether the mention is a person: the document's actors first, then the knowledge
        base (a known person the linker gave to the body spoken for is not in the former)."""
        if not mention.actor_id:
            return False
        actor = linked.actors.get(mention.actor_id) or self._kb_actor(mention.actor_id)
        return actor is not None and actor.kind == "person"

    def _actor_ref(self, linked: LinkedDoc, mention: ActorMention) -> ActorRef:
        """The speaker reference of a mention, named from the knowledge base when the
        document's own actors lack it (a spokesperson the linker gave to the body)."""
        ref = linked.actor_ref(mention)
        if ref.name is None and mention.actor_id and (actor := self._kb_actor(mention.actor_id)):
            ref = replace(ref, name=actor.name)
        return ref

    @staticmethod
    def _person_as_body(linked: LinkedDoc, mention: ActorMention, head: int | None) -> bool:
        """Whether the speaker phrase is headed by a person's name ("spokesperson Mao Ning")
        but was linked to an actor that is not a person."""
        if head is None or not mention.actor_id or mention.actor_id.startswith("prov:"):
            return False
        actor = linked.actors.get(mention.actor_id)
        if actor is None or actor.kind == "person":
            return False
        tok = linked.doc[head]
        return tok.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.rights
        )

    def _written_phrase(self, doc: Any, item: _Found) -> bool:
        """Whether the speaker phrase is a document ("the report", "a statement from X")."""
        if item.speaker_tokens is None:
            return False
        lo, hi = item.speaker_tokens
        return any(
            t.lemma_.lower() in self.lexicon.written_sources and t.pos_ == "NOUN"
            for t in doc[lo:hi]
        )

    def _knowledge(self) -> Any:
        if self._kb is None:
            from watchfloor.kb.actors import KnowledgeBase

            self._kb = KnowledgeBase.load()
        return self._kb

    def _seat_of_power(self, phrase: Span) -> ActorRef | None:
        """The government a speaker phrase names by its capital ("Islamabad", "Kabul")."""
        words = [t for t in phrase if t.lower_ != "the"]
        if not words or not all(t.pos_ == "PROPN" for t in words):
            return None
        kb = self._knowledge()
        text = phrase.doc[words[0].i : words[-1].i + 1].text
        iso3 = kb.country_of_capital(text)
        if iso3 is None:
            return None
        gov = kb.government_of(iso3) or iso3
        actor = kb.get(gov)
        return ActorRef(id=gov, name=actor.name if actor is not None else None, text=phrase.text)

    def _kb_actor(self, actor_id: str) -> Actor | None:
        return self._knowledge().get(actor_id)

    def _side(self, actor_id: str) -> set[str]:
        """The actor, the bodies it belongs to and — for a state body — its country.

        Two actors whose sides overlap speak for the same party: a minister and his
        ministry, the police and Pakistan. An armed group is its own side even when it
        operates in a country.
        """
        side: set[str] = set()
        current: str | None = actor_id
        while current and current not in side:
            side.add(current)
            actor = self._kb_actor(current)
            if actor is None:
                break
            if actor.country and not self._armed_group(current):
                side.add(actor.country)
            current = actor.parent
        return side

    def _fits_pronoun(self, linked: LinkedDoc, actor_id: str, pronoun: str) -> bool:
        """Whether the pronoun can stand for this actor: "it" for a body or state, "he"/"she"
        for a person of that (or unknown) gender."""
        actor = linked.actors.get(actor_id) or self._kb_actor(actor_id)
        if actor is None:
            return False
        if pronoun == "it":
            return actor.kind != "person" and actor_id not in self._titled_people
        if pronoun == "they":
            # "Taliban forces raided what they described as hideouts": a body, a group or
            # several people; not one named person.
            return actor.kind != "person" and actor_id not in self._titled_people
        if actor.kind != "person":
            return actor_id in self._titled_people
        gender = self._gender(actor_id)
        return gender is None or gender == ("female" if pronoun == "she" else "male")

    def _gender(self, actor_id: str | None) -> str | None:
        if not actor_id:
            return None
        if self._gender_of is None:
            self._gender_of = self._knowledge().gender_of
        return self._gender_of(actor_id)

    def _pronoun_antecedent(
        self,
        linked: LinkedDoc,
        mentions: list[ActorMention],
        phrase: Span,
        pronoun: str,
        previous: ActorRef | None,
    ) -> ActorRef | None:
        """Who an unresolved "he"/"she"/"they" speaking refers to.

        Normally the previous claim's speaker. A personal pronoun whose gender contradicts
        that speaker (a woman quoted after a man) goes back to the nearest person named
        before it whose gender fits, as a reader would.
        """
        if pronoun not in ("he", "she") or previous is None or not previous.id:
            return previous
        actor = linked.actors.get(previous.id)
        is_person = actor is not None and actor.kind == "person"
        want = "female" if pronoun == "she" else "male"
        gender = self._gender(previous.id) if is_person else None
        if pronoun == "he" and gender != "female" or gender == want:
            return previous
        if not is_person and pronoun == "he":
            return previous
        for m in reversed(mentions):
            if m.start >= phrase.start_char or not m.actor_id or m.actor_id.startswith("prov:"):
                continue
            cand = linked.actors.get(m.actor_id)
            if cand is None or cand.kind != "person":
                continue
            g = self._gender(m.actor_id)
            if g == want or (want == "male" and g is None):
                return linked.actor_ref(m)
        return previous if not is_person else None

    @staticmethod
    def _possessive_owner(
        linked: LinkedDoc,
        mentions: list[ActorMention],
        phrase: Span,
        sent: Span,
        pronoun: str | None = None,
    ) -> ActorRef | None:
        """The group or state an "its"/"their" opening the speaker phrase refers to — or a
        speaking "it" when no claim was made in this or the previous sentence ("The UN
        monitoring team is more modest. In its report it estimated …") — the nearest known
        non-person actor named as a subject or possessor earlier in this or the previous
        sentence."""
        first = phrase[0] if len(phrase) else None
        if first is None:
            return None
        if not (
            first.lower_ in ("its", "their")
            and first.dep_ == "poss"
            or pronoun == "it"
            and first.lower_ == "it"
        ):
            return None
        doc = linked.doc
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for m in reversed(mentions):
            if not start <= m.start < phrase.start_char:
                continue
            if not m.actor_id or m.actor_id.startswith("prov:"):
                continue
            actor = linked.actors.get(m.actor_id)
            if actor is None or actor.kind == "person":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if (
                span is not None
                and span.root.pos_ != "PRON"
                and span.root.dep_ in ("nsubj", "nsubjpass", "poss")
            ):
                return linked.actor_ref(m)
        return None

    @staticmethod
    def _earlier_namesake(
        linked: LinkedDoc, mentions: list[ActorMention], phrase: Span
    ) -> ActorRef | None:
        """A bare surname ("Dar said") that the linker left open, read as the person named
        in full earlier in the text ("Foreign Minister Ishaq Dar")."""
        names = [t for t in phrase if t.pos_ == "PROPN"]
        if len(names) != 1 or len(phrase) > 2:
            return None
        surname = names[0].text
        for m in reversed(mentions):
            if m.start >= phrase.start_char or not m.actor_id or m.actor_id.startswith("prov:"):
                continue
            words = m.text.split()
            if len(words) >= 2 and words[-1] == surname:
                return linked.actor_ref(m)
        return None

    def _quote_opened_before(
        self, sents: list[Span], n: int, item: _Found
    ) -> tuple[int, int] | None:
        """The previous sentence's token range when a quotation closed by this cue opened
        there ("'A. B,' he said" split into two sentences), else None."""
        if item.content_kind != "quote" or not item.tail or n == 0:
            return None
        sent, prev = sents[n], sents[n - 1]
        doc = sent.doc
        before = [t for t in doc[sent.start : item.content[0]] if t.text in _QUOTES]
        if before or not any(t.text in _QUOTES for t in doc[item.content[1] : sent.end]):
            return None
        marks = [t for t in prev if t.text in _QUOTES]
        if len(marks) != 1 or marks[0].i > prev.start + 1:
            return None
        return self._trim(doc, marks[0].i + 1, prev.end)

    @staticmethod
    def _drop_quoted_cues(doc: Any, found: list[_Found]) -> list[_Found]:
        """Cues inside another speaker's quotation are that speaker's words, not claims.

        Only cues within quotation marks count: an unquoted cue inside a content ("…, a
        business that it accused of moving funds, the State Department said") is a claim of
        its own, and so is the cue of a plain "…, police said" tail.
        """
        if not found:
            return found
        sent = doc[found[0].content[0]].sent
        marks = [t.idx for t in sent if t.text in _QUOTES]
        first = next((t for t in sent if not t.is_space), None)
        # '"Now they say he was caught in a raid."' after '"…," his brother said.': a
        # sentence that opens inside a quotation is that speaker's words throughout.
        continued = (
            first is not None
            and first.text in _QUOTES
            # An opening mark runs into its first word; a closing one left over from the
            # previous sentence is followed by a space or a paragraph break.
            and not first.whitespace_
            and first.i + 1 < sent.end
            and not doc[first.i + 1].is_space
        )

        def quoted(char: int) -> bool:
            return sum(m < char for m in marks) % 2 == 1

        spans = [
            (doc[f.content[0]].idx, doc[f.content[1] - 1].idx, f.cue_start)
            for f in found
            if f.content[1] > f.content[0]
        ]
        return [
            f
            for f in found
            if not (
                quoted(f.cue_start)
                and (
                    continued
                    or any(lo <= f.cue_start <= hi and cue != f.cue_start for lo, hi, cue in spans)
                )
            )
        ]

    @staticmethod
    def _drop_reported_cues(doc: Any, found: list[_Found]) -> list[_Found]:
        """A cue whose speaker is named inside another claim's reported clause is part of
        what that claim reports, not a claim of its own: "He added that Pakistan was blaming
        its neighbours", "Analysts said the strikes suggested the group had regrouped".

        Only a reporting clause placed before its content nests claims this way: after a
        closing source ("One member state assessed that …, the report adds") both count. A
        second cue of the reporter's own ("said X and vowed that …") has its subject outside
        the content and stays.
        """
        outer = [
            (doc[f.content[0]].idx, doc[f.content[1] - 1].idx, f.cue_start)
            for f in found
            if f.kind == "verb" and not f.tail and f.content[1] > f.content[0]
        ]
        if not outer:
            return found

        def reported(f: _Found) -> bool:
            if f.kind not in ("verb", "impersonal"):
                return False
            cue = doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
            if cue is None or cue[0].dep_ in ("relcl", "acl"):
                # "hideouts, which it says are in Kunar", "a remark Kabul dismissed": a
                # relative clause gives its own speaker's view of a noun.
                return False
            subject = next((c for c in cue[0].children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is None and f.kind == "verb":
                # "…, calling the plan a violation": a participle or conjunct without a
                # subject of its own acts for the reporter.
                return False
            speaker = subject.idx if subject is not None else f.cue_start
            return any(
                cue < lo <= f.cue_start <= hi and lo <= speaker <= hi and cue != f.cue_start
                for lo, hi, cue in outer
            )

        kept: list[_Found] = []
        for f in found:
            if not reported(f):
                kept.append(f)
            elif (inserted := ClaimExtractor._inserted_cue(doc, f)) is not None:
                # The pronoun is the speaker of the clause it interrupts.
                host = next(
                    (
                        h
                        for h in found
                        if h.kind == "verb"
                        and not h.tail
                        and h.content[0] <= inserted.content[0] < h.content[1]
                        and h.cue_start != f.cue_start
                    ),
                    None,
                )
                if host is not None:
                    inserted = replace(
                        inserted,
                        speaker_tokens=host.speaker_tokens,
                        speaker_head=host.speaker_head,
                        pronoun=host.pronoun,
                    )
                kept.append(inserted)
        return kept

    @staticmethod
    def _inserted_cue(doc: Any, f: _Found) -> _Found | None:
        """A pronoun's reporting clause set off by commas inside another claim's clause
        ("spent years in camps in Afghanistan, where, he said, Indian agents paid the
        commanders") is the speaker vouching anew for the clause it interrupts: a claim of its
        own, whose content is that clause after the insertion."""
        if f.kind != "verb":
            return None
        cue = doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
        if cue is None or cue[0].dep_ != "parataxis":
            return None
        if not f.tail:
            # Already cut to the clause after the insertion (`_before_tail_cue`).
            return f if f.content[0] == cue[-1].i + 2 else None
        verb = cue[-1]
        subject = next((c for c in cue[0].children if c.dep_ in _SUBJECT_DEPS), None)
        if (
            subject is None
            or subject.pos_ != "PRON"
            or subject.i != cue[0].i - 1
            or subject.i < 1
            or doc[subject.i - 1].text != ","
            or verb.i + 1 >= len(doc)
            or doc[verb.i + 1].text != ","
        ):
            return None
        lo, hi = verb.i + 2, f.content[1]
        if hi - lo < 3 or not f.content[0] <= subject.i < hi:
            return None
        return replace(f, content=(lo, hi), tail=False)

    @staticmethod
    def _drop_nested_characterisations(found: list[_Found]) -> list[_Found]:
        """ "What X called Y" inside another claim's content ("said its fighters attacked to
        oppose what it called 'the plunder'", "rejected what he called 'propaganda'") is part
        of that claim; standing alone ("lodged a protest over what it called …") it is one."""
        # A closing source ("…, killing two children, according to X") vouches for the news,
        # not for the name the clause's own actor gave something in it (as in
        # `_drop_reported_cues`).
        spans = [
            (f.content, f.cue_start)
            for f in found
            if f.content_kind != "free_relative" and not f.tail
        ]
        return [
            f
            for f in found
            if f.content_kind != "free_relative"
            or not any(lo <= f.content[0] < hi and cue != f.cue_start for (lo, hi), cue in spans)
        ]

    def _is_sourcing(self, linked: LinkedDoc, item: _Found, record: ClaimRecord) -> bool:
        """Whether an attribution is plain news sourcing of an event, not a position.

        A tail ("…, police said", "…, according to X") over an event report is sourcing;
        so is a neutral reporting verb before it ("Police said reinforcements killed three
        assailants", `sourcing.cues`) when the source reports its own side's action or loss.
        A head attribution stays a claim when the speaker is an armed group (a claim of
        responsibility is a position), when the content names an actor of another side
        (one party's account of the other's losses or acts is disputed), or when the claim
        is hedged ("…, figures that could not be independently verified").
        """
        doc = linked.doc
        content = doc[item.content[0] : item.content[1]]
        if self._bystander_tail(doc, item, record, content):
            return True
        if self._anonymous_source(doc, item, record):
            return False
        if record.factuality == "generic" and self._reports_harm(content):
            # "attacks from Afghan soil had killed more than 1,000 Pakistanis in the past
            # year": a toll over a period is an assessment, not the sourcing of one incident.
            return False
        cue_span = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        if (
            cue_span
            and cue_span[0].dep_ == "relcl"
            and any(t.tag_ in ("WDT", "WP") for t in doc[cue_span[0].left_edge.i : cue_span[0].i])
        ):
            # "checkpoints, which they said had cut the town off", "air strikes, which
            # Islamabad said targeted TTP leaders": a source put beside a noun of the
            # article's own narration vouches for a description of it, not for the news.
            return False
        if self._disputed_in(record_sentence(doc, record)):
            # "The military said fighters had tried to cross, a claim the Taliban rejected":
            # an account the article shows disputed is a position, not sourcing (guide §2.1).
            return False
        sent = record_sentence(doc, record)
        # A doubt on the same cue's next clause ("said A, and that B had "probably" …") is
        # not A's hedge, but it still shows a doubtful account rather than routine sourcing.
        # A doubt in what another cue of the sentence reports, or on a clause the cue's own
        # is joined to, is not this source's.
        cue_tok = cue_span[0] if cue_span else None
        doubted = self._hedged(sent, content, cue=cue_tok, siblings=True)
        # An anonymous or doubted source makes a claim; only a hedge word that describes
        # someone in the report ("arrested suspected facilitators") leaves it sourcing.
        if (record.hedged or doubted) and (
            not doubted or self._hedged(sent, content, False, cue=cue_tok, siblings=True)
        ):
            return False
        speaker_id = record.speaker.id if record.speaker is not None else None
        # A person the knowledge base lacks still speaks for the body their title names.
        acting_for = speaker_id
        if speaker_id is not None and speaker_id.startswith("prov:"):
            acting_for = self._titled_body(linked, item) or speaker_id
        if (
            item.kind == "verb"
            and (item.tail or item.content_kind == "clause")
            and self._announces_own_act(linked, content, acting_for)
        ):
            cue = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
            if cue and cue[0].lemma_.lower() in self.lexicon.sourcing_cues:
                return True
        if (
            item.tail
            and (speaker_id is None or speaker_id.startswith("prov:"))
            and item.speaker_head is not None
            and doc[item.speaker_head].tag_ in ("NN", "NNS")
            and item.speaker_tokens is not None
            and not any(
                t.pos_ == "PROPN" or t.ent_type_
                for t in doc[item.speaker_tokens[0] : item.speaker_tokens[1]]
            )
            and not self._official_source(doc, item)
            and self._reports_harm(content)
            and not self._lead_sentence(record_sentence(doc, record))
        ):
            # "Three of them were shot dead at the roadside, a surviving driver told
            # reporters": a survivor's or a bystander's account of a killing, past the lead
            # that sets out the incident, is their testimony.
            return False
        if (
            item.tail
            and self._monitor(speaker_id)
            and self._reports_harm(content)
            and not self._lead_sentence(record_sentence(doc, record))
        ):
            # "Most of the victims were killed after being taken from their homes, the
            # report said": a monitor's finding of harm by others is its charge whether the
            # source comes before or after it (as for a head attribution below).
            return False
        if item.tail:
            # A lead that names no known party ("PESHAWAR — A bomber killed 11 worshippers,
            # police said") is the incident's basic facts; one party's account of another's
            # strike is not.
            # A known party named only as the victim ("shot dead a cleric of the JUI-F", "a
            # bomb tore through a polio team and its police escort") does not make the lead
            # its account; one that acts in it does, and so does an armed group whose losses
            # the source reports ("killed eight militants of the TTP, the military said").
            anonymous_lead = self._joint_source(doc, item) or not any(
                m.actor_id
                and not m.actor_id.startswith("prov:")
                and (self._acts_in(content, m.start, m.end) or self._armed_group(m.actor_id))
                for m in linked.actor_mentions_in(content.start_char, content.end_char)
            )
            return self._is_narration(
                content,
                lead=anonymous_lead,
                scene=self._official_aside(doc, item, speaker_id)
                and not self._lead_sentence(record_sentence(doc, record)),
            )
        lex = self.lexicon
        if item.kind != "verb" or item.content_kind != "clause":
            return False
        cue = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        if not cue or cue[0].lemma_.lower() not in lex.sourcing_cues:
            return False
        if self._predicts_effect(linked, content):
            return False
        if not self._is_narration(content):
            return False
        harm = self._reports_harm(content)
        if speaker_id is None or speaker_id.startswith("prov:"):
            # Unnamed officials source routinely; anyone else telling of harm claims it, and
            # so does a named person who holds no office ("Mukhtar Afridi, a director of the
            # chamber of commerce, said exporters had lost …"): a trader's figure is his word.
            # What a known body will do or did ("said the Islamic Emirate would provide
            # security") is that body's act, whoever reports it.
            if self._official_source(doc, item):
                return True
            subject = next((c for c in content.root.children if c.dep_ in _SUBJECT_DEPS), None)
            body_acts = subject is not None and any(
                m.actor_id and not m.actor_id.startswith("prov:")
                for m in linked.actor_mentions_in(
                    subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                )
            )
            named_person = (
                item.speaker_head is not None
                and doc[item.speaker_head].ent_type_ == "PERSON"
                and not body_acts
            )
            return not harm and not named_person
        if self._armed_group(speaker_id):
            return False
        actor = self._kb_actor(speaker_id)
        if harm and actor is not None and (actor.sector or "").lower() in lex.monitor_sectors:
            return False
        own = self._side(speaker_id)
        named = list(linked.actor_mentions_in(content.start_char, content.end_char))
        subject = next((c for c in content.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if (
            subject is not None
            and subject.tag_ in ("WDT", "WP")
            and cue[0].dep_ == "relcl"
            and cue[0].head.pos_ in ("NOUN", "PROPN")
        ):
            # "Pakistani strikes, which the Taliban said killed 46 people": the relative
            # pronoun acting in the content is the noun it refers back to.
            lo, hi = _np_core(cue[0].head)
            named += linked.actor_mentions_in(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        for m in named:
            if not m.actor_id or m.actor_id.startswith("prov:") or self._armed_group(m.actor_id):
                # Security forces reporting the militants they fought is routine sourcing.
                continue
            if self._in_condition(content, m.start):
                # "would remain closed until Afghan authorities gave guarantees": a party
                # named in a condition is not what the source reports.
                continue
            if not harm and not self._acts_in(content, m.start, m.end):
                # "lodged a protest with the Afghan envoy", "cooperating with US
                # authorities": the other side is only the addressee of the source's own act.
                continue
            if not own & self._side(m.actor_id):
                return False
        return True

    @staticmethod
    def _rival_account(doc: Any, item: _Found) -> bool:
        """Whether a participle cue reports what its governor calls a rival figure ("gave a
        higher toll, saying …", "offered a different account, telling reporters …")."""
        span = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
        if not span or item.kind != "verb":
            return False
        cue = span[0]
        if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        return any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in _RIVAL_NOUNS
            and any(m.lower_ in _RIVAL_MODIFIERS for m in c.children if m.dep_ == "amod")
            for c in cue.head.children
        )

    @staticmethod
    def _countered_reports(doc: Any, pending: list[tuple[_Found, ClaimRecord, bool]]) -> set[int]:
        """The cues of sourced reports that a contrastive "while"/"whereas" sets against a
        kept claim of another speaker in the same sentence. Only the answering "while" clause
        is rescued: a main report that a hedged "while residents said …" follows stays the
        news it sources."""

        def cue_token(item: _Found) -> Token | None:
            span = doc.char_span(item.cue_start, item.cue_end, alignment_mode="expand")
            return span[0] if span else None

        def contrasted(a: Token, b: Token) -> bool:
            # The parser may hang the "while" clause on the first report's content verb.
            return (
                a.dep_ == "advcl"
                and (a.head.i == b.i or a.head.head.i == b.i and a.head.dep_ == "ccomp")
                and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in a.children)
            )

        kept = [
            (tok, record.speaker.id if record.speaker is not None else None)
            for item, record, sourcing in pending
            if not sourcing and item.kind == "verb" and (tok := cue_token(item)) is not None
        ]
        out: set[int] = set()
        for item, record, sourcing in pending:
            if not sourcing or item.kind != "verb" or (tok := cue_token(item)) is None:
                continue
            speaker = record.speaker.id if record.speaker is not None else None
            if any(other != speaker and contrasted(tok, k) for k, other in kept):
                out.add(item.cue_start)
        return out

    def _own_plan(self, linked: LinkedDoc, item: _Found, record: ClaimRecord) -> bool:
        """Whether a reported clause tells what the speaker's side did or will do ("and that
        Islamabad had lodged a protest", "and that work would resume within days"): beside a
        claim it is still the speaker's announcement, not part of the disputed account."""
        content = linked.doc[item.content[0] : item.content[1]]
        root = content.root
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in root.children):
            return True
        speaker_id = record.speaker.id if record.speaker is not None else None
        if speaker_id is not None and speaker_id.startswith("prov:"):
            speaker_id = self._titled_body(linked, item) or speaker_id
        if not speaker_id:
            return False
        if self._announces_own_act(linked, content, speaker_id):
            return True
        if self._reports_harm(content):
            return False
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
        # "and that a clearance operation had been launched": an official body's measure
        # with no one else named to carry it out is its own act.
        if self._agentless_passive(root) and not speaker_id.startswith("prov:"):
            return True
        return subject is not None and self._own_subject(linked, subject, speaker_id)

    @staticmethod
    def _lead_sentence(sent: Span) -> bool:
        """Whether the sentence opens the article (with or without a dateline)."""
        return (
            _DATELINE.match(sent.text.strip()) is not None
            # `Doc.text` would join every token of the article; only blank tokens may come first.
            or all(t.is_space for t in sent.doc[: sent.start])
        )

    @staticmethod
    def _predicts_effect(linked: LinkedDoc, content: Span) -> bool:
        """Whether the content foretells what a thing will do to something ("officials said
        the dam will cut water flows by a fifth"): a prediction is a claim, not the sourcing
        of an act. A party's own plan names the party ("it would pay compensation") or tells
        of a thing's state ("the crossing would reopen", "transit would remain suspended")."""
        root = content.root
        if root.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in root.children
        ):
            return False
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        if any(m.actor_id for m in linked.actor_mentions_in(lo, hi)):
            return False
        return any(c.dep_ == "dobj" for c in root.children)

    def _announces_own_act(self, linked: LinkedDoc, content: Span, speaker_id: str | None) -> bool:
        """Whether the content is the speaker's own side's future act or offer ("said it would
        coordinate timetables", "Kazakhstan, he said, was ready to increase exports", "said
        the Islamic Emirate would guarantee the route"): an announcement of an act is the
        event, not a position (guide §2.1). A threat of force (`threat_verbs`), negated,
        quoted or hedged words, and an armed group's announcement stay claims."""
        lex = self.lexicon
        if not speaker_id or self._armed_group(speaker_id):
            return False
        # "Several agencies said they would seek a meeting": a source the knowledge base
        # lacks announces its own act only through a pronoun for itself.
        unknown = speaker_id.startswith("prov:")
        root = content.root
        verbs = [root] + [
            c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        ]
        acts: list[Token] = []
        for verb in verbs:
            future = any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                for c in verb.children
            )
            offer = self._planned_acts(verb)
            if not future and not offer:
                return False
            if verb.lemma_.lower() in lex.neg_position_verbs or any(
                x.lemma_.lower() in lex.neg_position_verbs for x in offer
            ):
                # "said it would consider joining", "was ready to seek …": a stance taken.
                return False
            acts += [verb, *offer]
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
            if future and not unknown and self._agentless_passive(verb):
                # "announced all private bunkers would be demolished", "said security at the
                # mine would be reinforced": a body announcing a measure with no one else to
                # carry it out announces its own act; one done to another side ("said
                # Pakistani posts would be targeted") is a threat, and stays a claim.
                if subject is not None and self._phrase_names_other_side(
                    linked, subject, speaker_id
                ):
                    return False
                continue
            if (
                subject is None
                or unknown
                and subject.lower_ not in ("it", "we", "they")
                or not self._own_subject(linked, subject, speaker_id)
            ):
                return False
        words = [t for act in acts for t in act.subtree if t.i in range(content.start, content.end)]
        doc = content.doc
        return not (
            any(t.text in _QUOTES for t in content)
            or self._quoted_start(doc, content.start)
            or any(t.text in _QUOTES for t in doc[content.end : content.end + 2])
            or any(t.lemma_.lower() in lex.threat_verbs for t in words if t.pos_ == "VERB")
            or any(t.lower_ in lex.hedge_words for t in content)
            or self._negated(content)
        )

    def _titled_body(self, linked: LinkedDoc, item: _Found) -> str | None:
        """The known body a person the knowledge base lacks speaks for, by the modifier of
        their title ("Kyrgyzstan's foreign minister, Zheenbek Kulubaev", "a Pakistani
        official"): that body's plans are the person's own side's acts."""
        if item.speaker_tokens is None or item.speaker_head is None:
            return None
        doc = linked.doc
        lo, hi = item.speaker_tokens
        for m in linked.actor_mentions_in(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
            if not m.actor_id or m.actor_id.startswith("prov:"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("poss", "amod", "compound"):
                return m.actor_id
        return self._earlier_title_body(linked, item)

    def _earlier_title_body(self, linked: LinkedDoc, item: _Found) -> str | None:
        """The known body a person speaks for by the title given with their name earlier
        ("Pakistan's railways minister, Hanif Abbasi, …. Abbasi said …"): news names the
        office once, and the later bare surname still speaks for it. Only an office counts;
        a commentator's description ("Pakistan's best-known analyst") makes no one a body's
        voice."""
        if item.speaker_tokens is None:
            return None
        doc = linked.doc
        lo, hi = item.speaker_tokens
        start = doc[lo].idx
        speaker = next(
            (
                m.actor_id
                for m in linked.actor_mentions_in(start, doc[hi - 1].idx + len(doc[hi - 1]))
                if m.actor_id and m.actor_id.startswith("prov:")
            ),
            None,
        )
        if speaker is None:
            return None
        offices = self.lexicon.person_titles - self.lexicon.commentator_words
        for m in linked.actor_mentions:
            if m.actor_id != speaker or m.end > start:
                continue
            name = doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is None:
                continue
            root = name.root
            # "Pakistan's railways minister, Hanif Abbasi" and "Hanif Abbasi, Pakistan's
            # railways minister" put the title beside the name either way round.
            titles = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                titles.append(root.head)
            for title in titles:
                if title.lemma_.lower() not in offices:
                    continue
                for t in title.children:
                    if t.dep_ not in ("poss", "amod", "compound"):
                        continue
                    body = linked.linked_mention_at(t.idx)
                    if body and body.actor_id and not body.actor_id.startswith("prov:"):
                        return body.actor_id
        return None

    def _planned_acts(self, verb: Token) -> list[Token]:
        """The acts a "be" + plan word announces ("is ready to increase", "is due to begin")."""
        if verb.lemma_.lower() != "be":
            return []
        return [
            x
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in self.lexicon.plan_words
            for x in c.children
            if x.dep_ == "xcomp"
        ]

    @staticmethod
    def _agentless_passive(verb: Token) -> bool:
        """Whether a verb is passive with no by-phrase ("would be demolished")."""
        children = list(verb.children)
        return any(c.dep_ == "auxpass" for c in children) and not any(
            c.dep_ == "agent" for c in children
        )

    def _phrase_names_other_side(self, linked: LinkedDoc, phrase: Token, speaker_id: str) -> bool:
        """Whether a phrase names a known actor of a side other than the speaker's."""
        doc = phrase.doc
        lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
        return any(
            m.actor_id
            and not m.actor_id.startswith("prov:")
            and not self._side(speaker_id) & self._side(m.actor_id)
            for m in linked.actor_mentions_in(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        )

    def _own_subject(self, linked: LinkedDoc, subject: Token, speaker_id: str) -> bool:
        """Whether a content's subject is the speaker's own side: an actor of that side, or
        "it"/"we" in the speaker's reported words."""
        lo, hi = _np_core(subject)
        doc = subject.doc
        found = [
            m.actor_id
            for m in linked.actor_mentions_in(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            if m.actor_id and not m.actor_id.startswith("prov:")
        ]
        if not found:
            return subject.lower_ in ("it", "we", "they")
        return bool(self._side(speaker_id) & self._side(found[0]))

    def _joint_source(self, doc: Any, item: _Found) -> bool:
        """Whether the speaker phrase is both parties at once ("officials on both sides"):
        what both sides say happened is the incident's undisputed basic facts."""
        if item.speaker_tokens is None:
            return False
        lo, hi = item.speaker_tokens
        head = doc[item.speaker_head] if item.speaker_head is not None else None
        phrase = list(doc[lo:hi]) + (list(head.subtree) if head is not None else [])
        return any(t.lower_ == "both" for t in phrase) and any(
            t.lemma_.lower() == "side" for t in phrase
        )

    def _disputed_in(self, sent: Span) -> bool:
        """Whether the sentence calls an account a claim someone denies or leaves unanswered
        ("…, a claim the Taliban rejected", "an account officials dispute", "a charge the
        military did not address")."""
        return any(
            self._denies(c) or any(n.dep_ == "neg" for n in c.children)
            for tok in sent
            for c in self._claim_noun_clauses(tok)
        )

    def _bystander_tail(self, doc: Any, item: _Found, record: ClaimRecord, content: Span) -> bool:
        """Whether a tail ("…, witnesses said", "…, shopkeepers said") by unnamed people who
        are neither officials nor commentators only sources a scene the article narrates
        (the blast, the crowd, prices, contacts): no toll, no quote, no disputed account.
        A toll they give ("three of them were shot dead, a driver said") stays testimony."""
        lex = self.lexicon
        if item.kind != "verb" or not item.tail or item.speaker_tokens is None:
            return False
        speaker_id = record.speaker.id if record.speaker is not None else None
        if speaker_id is not None and not speaker_id.startswith("prov:"):
            return False
        # "he said" carries on a speaker told before; only a plain noun names a bystander.
        if item.speaker_head is None or doc[item.speaker_head].tag_ not in ("NN", "NNS"):
            return False
        lo, hi = item.speaker_tokens
        words = doc[lo:hi]
        if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in words):
            return False
        # A document, an outlet or its authors ("…, the report adds") speak for their issuer.
        voices = (
            lex.commentator_words
            | lex.written_sources
            | lex.data_sources
            | lex.media_sources
            | lex.document_authors
            | lex.anaphoric_speakers
        )
        if any(t.lower_ in voices or t.lemma_.lower() in voices for t in words):
            return False
        if self._official_source(doc, item) or record.hedged:
            return False
        sent = record_sentence(doc, record)
        low = " ".join(sent.text.lower().split())
        if any(p in low for p in lex.anonymity_phrases) or self._disputed_in(sent):
            return False
        if any(t.text in _QUOTES for t in content) or self._quoted_start(doc, content.start):
            return False
        # violence they witnessed ("fighters fired on the protesters, witnesses said") is
        # testimony about a disputed act, not the scenery of one
        return not self._reports_harm(content)

    def _anonymous_source(self, doc: Any, item: _Found, record: ClaimRecord) -> bool:
        """Whether the source is anonymous or unofficial ("witnesses", "a security source",
        "officials, speaking on condition of anonymity"): its account is a claim, not the
        routine sourcing of an official statement."""
        lex = self.lexicon
        if item.speaker_tokens is not None:
            lo, hi = item.speaker_tokens
            if any(t.lower_ in lex.anonymous_speakers for t in doc[lo:hi]):
                return True
        low = " ".join(record_sentence(doc, record).text.lower().split())
        return any(p in low for p in lex.anonymity_phrases)

    def _official_source(self, doc: Any, item: _Found) -> bool:
        """Whether an unresolved speaker phrase names an official source ("a local official",
        "police", "the provincial administration")."""
        if item.speaker_tokens is None:
            return True
        lo, hi = item.speaker_tokens
        return any(
            t.lower_ in self.lexicon.official_words
            or t.lemma_.lower() in self.lexicon.official_words
            for t in doc[lo:hi]
        )

    def _reports_harm(self, content: Span) -> bool:
        """Whether the content tells of violence or coercion (`sourcing.harm_verbs`, a verb,
        or `sourcing.harm_words`, any other word: "dead", "casualties")."""
        lex = self.lexicon
        return any(
            (t.pos_ == "VERB" and t.lemma_.lower() in lex.harm_verbs) or t.lower_ in lex.harm_words
            for t in content
        )

    def _toll_kinds(self, content: Span) -> set[str]:
        """What a toll in the content counts (`sourcing.toll_kinds`): "killed", "dead" →
        the dead; "wounded" → the wounded; "casualties" → both."""
        return {
            kind
            for t in content
            for kind, words in self.lexicon.toll_kinds.items()
            if t.lower_ in words or t.lemma_.lower() in words
        }

    def _acts_in(self, content: Span, start_char: int, end_char: int) -> bool:
        """Whether the mention at these characters is a subject (or by-agent) of a verb in
        the content, i.e. the one acting rather than the one addressed."""
        toks = [t for t in content if t.idx >= start_char and t.idx < end_char]
        if not toks:
            return True
        tok = min(toks, key=lambda t: len(list(t.ancestors)))
        while tok.i >= content.start and tok.i < content.end:
            if tok.dep_ in ("nsubj", "nsubjpass", "agent", "csubj"):
                # Acting in a relative clause ("Herat, where Taliban officials held a
                # ceremony") or a condition ("closed until Kabul acts") is background, not
                # the report.
                for clause in [tok.head, *tok.head.ancestors]:
                    if clause.i < content.start or clause.i >= content.end:
                        break
                    if clause.dep_ == "relcl" or any(
                        c.dep_ == "mark" and c.lower_ in self.lexicon.condition_marks
                        for c in clause.children
                    ):
                        return False
                return True
            if tok.dep_ in ("prep", "pobj", "dobj", "dative", "iobj") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _in_condition(self, content: Span, start_char: int) -> bool:
        """Whether the token at these characters sits in a condition of the content
        ("until X acts", "unless X", "if X")."""
        tok = next((t for t in content if t.idx >= start_char), None)
        if tok is None:
            return False
        for clause in [tok, *tok.ancestors]:
            if clause.i < content.start or clause.i >= content.end:
                break
            if any(
                c.dep_ == "mark" and c.lower_ in self.lexicon.condition_marks
                for c in clause.children
            ):
                return True
        return False

    def _armed_group(self, actor_id: str) -> bool:
        actor = self._kb_actor(actor_id)
        return actor is not None and (
            actor.kind == "group" or (actor.sector or "").lower() in self.lexicon.party_sectors
        )

    def _official_aside(self, doc: Any, item: _Found, speaker_id: str | None) -> bool:
        """Whether a closing "according to X" names an official body or officer as the
        source of an incident's detail ("…, according to the district police chief"), not
        data, a report or a monitor whose findings are a position of their own."""
        lex = self.lexicon
        if item.kind != "according" or item.speaker_tokens is None:
            return False
        if doc[item.content[0]].idx > item.cue_start:
            # "According to the State Department, the exchange house moved $2 million to
            # the TTP": a source set before the content introduces its account.
            return False
        lo, hi = item.speaker_tokens
        # A statement reads out what its issuer did; a report, study or tally is findings.
        findings = (lex.written_sources | lex.data_sources) - _STATEMENT_WORDS
        if any(t.lemma_.lower() in findings or t.lower_ in findings for t in doc[lo:hi]):
            return False
        content = doc[item.content[0] : item.content[1]]
        root = content.root
        # A detail of an incident is told in the past ("had been buried", "fired at"); a
        # present view ("diplomats privately doubt …") is the source's account of a stance.
        if root.tag_ not in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children
        ):
            return False
        if speaker_id is None or speaker_id.startswith("prov:"):
            return self._official_source(doc, item)
        if self._armed_group(speaker_id):
            return False
        actor = self._kb_actor(speaker_id)
        return actor is not None and (actor.sector or "").lower() not in lex.monitor_sectors

    def _monitor(self, speaker_id: str | None) -> bool:
        """Whether the speaker is a known monitor (`sourcing.monitor_sectors`: UNAMA, IOM,
        a rights group), whose reports of others' acts are findings it stands behind."""
        if not speaker_id or speaker_id.startswith("prov:"):
            return False
        actor = self._kb_actor(speaker_id)
        return actor is not None and (actor.sector or "").lower() in self.lexicon.monitor_sectors

    def _is_narration(self, content: Span, lead: bool = False, scene: bool = False) -> bool:
        """A plain report of what happened, sourced at its end ("Militants attacked the post,
        police said", "…, according to the police").

        News writing sources nearly every fact this way; such a sentence is the article's
        account of an event (the events stage keeps its source as `reported_by`), not a
        position someone takes. Quoted words, hedged or negated content, and reports of harm
        to civilians — which parties routinely dispute — stay claims.
        """
        lex = self.lexicon
        if not lex.narration_verbs:
            return False
        first = content.doc[content.start - 1] if content.start > 0 else None
        root = content.root
        # "the crossing would reopen 'once the security situation allows'": a quoted
        # condition or time does not make the report itself the speaker's own words (a
        # quoted result, "killing 'around 30 khawarij'", does).
        aside = {
            t.i
            for c in root.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)
            for t in c.subtree
        }
        if (
            first is not None
            and first.text in _QUOTES
            or any(
                t.text in _QUOTES
                # A possessive apostrophe ("the engineers' route") quotes nothing.
                and t.dep_ != "case"
                and not {t.i - 1, t.i, t.i + 1} & aside
                for t in content
            )
        ):
            return False
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # "the cleric was leaving prayers when two men opened fire on him": the event is told
        # in the following clause of the moment it happened (a preposed "When X met Y, …"
        # only sets the scene).
        verbs += [
            c
            for c in root.children
            if c.dep_ == "advcl"
            and c.i > root.i
            and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)
        ]
        # "transit would remain suspended", "the crossing stayed closed": the state a
        # narration verb left behind; "construction is due to begin": the act planned.
        verbs += [
            c
            for v in verbs
            if v.lemma_.lower() in lex.linking_verbs
            for c in v.children
            if c.dep_ in ("acomp", "oprd", "xcomp")
        ]
        verbs += [x for v in verbs for x in self._planned_acts(v)]
        copula = root.lemma_.lower() == "be"
        after_root = (
            " ".join(t.lower_ for t in content[root.i - content.start + 1 :]) if copula else ""
        )
        ongoing = copula and any(after_root.startswith(p) for p in lex.ongoing_phrases)
        # "Most of the dead were civil servants": who the casualties were is part of the
        # incident's basic facts.
        casualties = copula and any(
            c.dep_ in _SUBJECT_DEPS and any(t.lower_ in lex.harm_words for t in c.subtree)
            for c in root.children
        )
        # An article's dateline lead ("PESHAWAR — A bomber killed 11 worshippers, police
        # said") is the incident's basic facts, sourced routinely, whatever verb tells them
        # ("A roadside bomb tore through a bus, killing nine").
        lead = lead and _DATELINE.match(content.text) is not None
        # An official's closing aside on a detail of an incident already told ("the device
        # had been buried beside the track, according to a bomb-disposal officer") sources
        # it whatever verb tells it; the checks below still keep disputed accounts.
        if (
            not scene
            and not ongoing
            and not casualties
            and not any(self._narrates(v) for v in verbs)
            and not (lead and self._reports_harm(content))
        ):
            return False
        # Civilians are disputed when harmed ("three children were killed"), not when they
        # are counted, helped or registered by the source ("aid to 4,000 families").
        if (
            not lead
            and self._reports_harm(content)
            and any(
                t.lower_ in lex.contested_words or t.lemma_.lower() in lex.contested_words
                for t in content
            )
        ):
            return False
        # "the attackers had crossed the border": where the attackers came from is what the
        # neighbours dispute, not the incident's basic facts.
        low = " ".join(content.text.lower().split())
        if any(p in low for p in lex.origin_phrases) or self._tells_origin(content):
            return False
        # "arrested three suspected facilitators" describes the detainees; it does not
        # hedge the report.
        if any(t.lower_ in lex.hedge_words and t.dep_ not in _DESCRIPTIVE for t in content):
            return False
        return not self._negated(content)

    def _tells_origin(self, content: Span) -> bool:
        """Whether the content says where the attackers came from with a crossing verb and its
        from-phrase ("militants who crossed from <country> into <district>", "trying to cross
        into <province> from <country>"): the origin is what the other side disputes (guide
        §15 rule 2 (c)). Only combatants' crossings count: "a rule for everyone crossing from
        <country>" or "9,000 people crossed into <province>" stay plain reports."""
        lex = self.lexicon
        for verb in content:
            if verb.lemma_.lower() not in lex.origin_verbs or not any(
                c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
            ):
                continue
            # "were trying to cross": the crossers are the subject of the verb it completes.
            head = verb
            while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
                head = head.head
            crosser = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
            if head.dep_ in ("relcl", "acl") and (crosser is None or crosser.tag_ in ("WDT", "WP")):
                crosser = head.head
            if crosser is not None and (
                crosser.lower_ in lex.combatant_words
                or crosser.lemma_.lower() in lex.combatant_words
            ):
                return True
        return False

    def _narrates(self, verb: Token) -> bool:
        """Whether a verb tells an event: a narration verb, or a verb with the object or
        particle that makes it one ("took place")."""
        lemma = verb.lemma_.lower()
        narration = self.lexicon.narration_verbs
        if lemma in self.lexicon.habitual_verbs and not any(
            t.ent_type_ in ("DATE", "TIME") for t in verb.subtree
        ):
            # "the group's fighters continued to cross into Pakistan": an undated habit is a
            # charge, not an incident a source reports.
            return False
        if any(
            c.dep_ == "advmod" and c.lower_ in self.lexicon.judging_adverbs for c in verb.children
        ):
            # "had been unfairly blocked from the markets": an act judged is a grievance.
            return False
        if lemma in self.lexicon.aspect_verbs:
            # "had begun using drones" tells what was begun, not a beginning.
            done = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
            if done is not None:
                return self._narrates(done)
        return lemma in narration or any(
            f"{lemma} {c.lemma_.lower()}" in narration
            for c in verb.children
            if c.dep_ in ("dobj", "prt")
        )

    def _negated(self, content: Span) -> bool:
        """Whether the content's main clause is negated ("no group is allowed…", "did not")."""
        return self._negated_head(content) is not None

    def _negated_head(self, content: Span) -> Token | None:
        """The negated verb of the content's main clause, or None when it is not negated."""
        lex = self.lexicon
        root = content.root
        # Descend from an auxiliary/copula root to the clause's verb when needed.
        # Descend from an auxiliary root ("is not expected to …") but not from a full verb:
        # "agreed to not allow …" reports an agreement, not a denial.
        heads = [root] + [
            c
            for c in root.children
            if c.dep_ == "xcomp" and root.pos_ == "AUX" and c.i in range(content.start, content.end)
        ]
        for head in heads:
            if any(
                c.lower_ == "until"
                for c in head.subtree
                if c.head.i == head.i or c.head.head.i == head.i
            ):
                # "will not rest until …" insists, it does not deny.
                continue
            for c in head.children:
                if (
                    c.dep_ == "neg"
                    or c.lower_ in lex.neg_adverbs
                    and c.dep_ in ("advmod", "neg", "preconj")
                ) and not self._not_a_negation(c, head):
                    return head
                if c.dep_ in _SUBJECT_DEPS | {"dobj", "attr"}:
                    if c.lower_ in lex.neg_pronouns:
                        return head
                    if c.dep_ in _SUBJECT_DEPS and any(
                        d.dep_ == "neg" and d.i < c.i for d in c.children
                    ):
                        # "'not a single civilian' had been harmed": absence, like "no".
                        return head
                    if any(d.dep_ == "det" and d.lower_ in lex.neg_determiners for d in c.children):
                        return head
                    two = f"{c.lower_} {c.nbor(1).lower_}" if c.i + 1 < len(c.doc) else ""
                    if c.lower_ == "no" and two in lex.neg_pronouns:
                        return head
                if (
                    c.dep_ in ("ccomp", "xcomp")
                    and head.lemma_.lower() in ("allow", "let", "permit")
                    and any(
                        s.dep_ in _SUBJECT_DEPS
                        and (
                            s.lower_ in lex.neg_pronouns
                            or any(
                                d.dep_ == "det" and d.lower_ in lex.neg_determiners
                                for d in s.children
                            )
                        )
                        for s in c.children
                    )
                ):
                    # s21: "they allow no country to use Afghan territory": the parser makes
                    # "no country" the subject of the permitted act, but the permission is
                    # what is negated, as in "does not allow anyone to use Afghan soil".
                    return head
        for head in heads:
            # "the detained men were farmers with no links to any group": denying ties
            # (`negation.tie_nouns`) is a "no" however deep the phrase sits in the clause.
            for t in head.subtree:
                if (
                    t.lemma_.lower() in lex.neg_tie_nouns
                    and t.i in range(content.start, content.end)
                    and any(d.dep_ == "det" and d.lower_ in lex.neg_determiners for d in t.children)
                ):
                    return head
        text = content.text.lower()
        start = text[:12]
        return root if any(start.startswith(p + " ") for p in lex.neg_pronouns) else None

    @staticmethod
    def _not_a_negation(neg: Token, head: Token) -> bool:
        """A "not" that negates nothing: "not only X" adds to X, and "not unlimited" (litotes)
        asserts a limit."""
        doc = neg.doc
        if neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in ("only", "just", "merely"):
            return True
        return any(
            c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" and c.lower_.startswith("un")
            for c in head.children
            if c.i > neg.i
        )

    def _negation_denies(
        self, linked: LinkedDoc, head: Token, speaker: ActorRef | None, *, pledge: bool = False
    ) -> bool:
        """Whether a negated content denies something rather than asserting a position.

        Denials are a party's "no" to what it is accused of: absence ("no civilians were
        harmed", "there were no foreign fighters") and the speaker's own side saying what it
        does not do ("the Islamic Emirate does not allow …"). A modal negation ("we will not
        allow …", "no corridor can run …", "no one should be forced back") commits, threatens
        or judges — but a pledge cue's negated content ("pledged that it would not allow anyone
        to use Afghan soil") is the party's "no" to the accusation, so it denies; "no longer"
        reports a change; saying what another party does not do
        ("the Taliban were not honouring the ceasefire") accuses it; and an unresolved or
        unknown speaker's "not" ("growers say it has not reached them") complains. All of
        those assert.
        """
        lex = self.lexicon
        if (
            not pledge
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            and not self._ground_used(head)
        ):
            return False
        if head.lemma_.lower() in lex.neg_position_verbs:
            # "the United States does not recognise the Taliban", "saw no serious threat":
            # a stance or a view, not a "no" to an accusation.
            return False
        if any(
            t.lower_ == "longer" and t.i > 0 and t.nbor(-1).lower_ == "no"
            for t in head.subtree
            if t.head.i == head.i or t.head.head.i == head.i
        ):
            return False
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS | {"expl"}), None)
        if (
            head.lemma_.lower() == "do"
            and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in head.children)
            and (subject is None or subject.lower_ not in _FIRST_PERSON)
        ):
            # "the ministers have done nothing to earn the privilege": a charge of failure,
            # whoever it names.
            return False
        if self._judges_an_act(head):
            # "Sending families back in winter is not a safe return": a verdict on an act,
            # not a "no" to an accusation.
            return False
        if not any(c.dep_ == "neg" or c.lower_ in lex.neg_adverbs for c in head.children):
            # Absence ("no civilians were harmed") denies; "Kabul had done nothing to stop
            # them" says what another party fails to do, like "was not honouring": it accuses.
            if subject is None:
                return True
            negated_subject = (
                subject.lower_ in lex.neg_pronouns
                or subject.dep_ == "expl"
                or subject.lower_ == "there"
                or any(
                    d.dep_ in ("det", "neg") and d.lower_ in lex.neg_determiners | {"not"}
                    for d in subject.children
                )
            )
            return negated_subject or not self._names_other_side(linked, subject, speaker)
        if subject is not None and (subject.dep_ == "expl" or subject.lower_ == "there"):
            return True
        if subject is not None and subject.lower_ in _FIRST_PERSON:
            return True
        if (
            subject is not None
            and head.lemma_.lower() in lex.targeting_verbs
            and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in head.children)
            and self._own_side_subject(linked, subject, speaker)
        ):
            # "Our fighters do not strike markets", "the group does not target schools": a
            # party's habitual "no" about a class of targets denies (guide §17 rule 5), whoever
            # the linker took the spokesman for.
            return True
        if speaker is None or not speaker.id or speaker.id.startswith("prov:"):
            return False
        if subject is None:
            return True
        return not self._names_other_side(linked, subject, speaker)

    def _ground_used(self, head: Token) -> bool:
        """Whether the negated clause is about a state's ground being used ("soil would not be
        used against …", "will not allow anyone to use its territory")."""
        grounds = self.lexicon.neg_ground_nouns
        return any(
            t.lemma_.lower() == "use"
            and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in grounds for c in t.children
            )
            for t in head.subtree
        )

    @staticmethod
    def _judges_an_act(head: Token) -> bool:
        """Whether a clause's subject is an act: a clausal subject ("Sending families back
        … is not safe") or an "it" standing for an infinitive after the verdict ("It is
        absurd to call …")."""
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return False
        if subject.dep_ == "csubj":
            return True
        return (
            subject.lower_ == "it"
            and head.lemma_.lower() == "be"
            and any(
                c.dep_ in ("xcomp", "ccomp") and c.i > head.i and c.tag_ == "VB"
                for c in head.children
            )
        )

    def _own_side_subject(
        self, linked: LinkedDoc, subject: Token, speaker: ActorRef | None
    ) -> bool:
        """Whether a subject speaks of the speaker's own side: "our fighters", "we", a bare
        "the group" / "the movement", or an actor of the speaker's side ("Pakistan does not
        target civilians", said by Pakistan's army)."""
        if subject.lower_ in _FIRST_PERSON or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children
        ):
            return True
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        named = [m for m in linked.actor_mentions_in(lo, hi) if m.rule != "coref"]
        if speaker is None or not speaker.id:
            return False
        if not named:
            # A bare "the group" / "the fighters" is the speaker's own body (even when the
            # speaker is a spokesman the knowledge base does not know); "the strikes" or "the
            # drones" are nobody's: "Residents said the strikes do not hit militants" asserts.
            return (
                subject.pos_ == "NOUN"
                and subject.lower_ in _OWN_BODY_WORDS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            )
        if speaker.id.startswith("prov:"):
            return False
        own = self._side(speaker.id)
        return all(
            m.actor_id
            and not m.actor_id.startswith("prov:")
            and (m.actor_id == speaker.id or own & self._side(m.actor_id))
            for m in named
        )

    def _names_other_side(
        self, linked: LinkedDoc, subject: Token, speaker: ActorRef | None
    ) -> bool:
        """Whether the subject names a known actor of another side than the speaker's (an
        armed group, which every state may deny hosting, does not count)."""
        if speaker is None or not speaker.id or speaker.id.startswith("prov:"):
            return False
        own = self._side(speaker.id)
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        return any(
            m.actor_id
            and not m.actor_id.startswith("prov:")
            and not self._armed_group(m.actor_id)
            and not own & self._side(m.actor_id)
            for m in linked.actor_mentions_in(lo, hi)
        )

    def _calls_false(self, content: Span) -> bool:
        """Whether the content calls something false ("the allegations are baseless",
        "these are fabricated claims", "reports … were exaggerated"): a denial of it."""
        root = content.root
        words = [root] + [
            t for c in root.children if c.dep_ in ("acomp", "attr", "oprd") for t in c.subtree
        ]
        copula = root.lemma_.lower() == "be" or (
            root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children)
        )
        lex = self.lexicon
        if self._judges_an_act(root):
            # "It is absurd to call them terrorists": a verdict on an act, not on a claim.
            return False
        if (
            # "These are fabricated claims …" parsed with the noun as the clause's head.
            root.lemma_.lower() in lex.claim_objects
            and content[0].lower_ in lex.claim_pronouns
            and any(c.lower_ in lex.deny_characterisations for c in root.children)
        ):
            return True
        return copula and any(t.lower_ in lex.deny_characterisations for t in words)

    def _reported_by_other(self, tok: Token, content: Span, cue: Token | None) -> bool:
        """Whether a word outside the content sits in what another cue reports: "condemned
        what it called a violation, saying the drone had reportedly crossed" — the
        "reportedly" is the saying's, not the calling's."""
        if cue is None or content.start <= tok.i < content.end:
            return False
        child = tok
        for head in tok.ancestors:
            if head.i == cue.i:
                return False
            if child.dep_ in ("ccomp", "xcomp") and self._cue_word(head):
                return True
            child = head
        return False

    @staticmethod
    def _paragraph_part(sent: Span, content: Span) -> Span:
        """The part of a parsed sentence in the content's paragraph: the parser sometimes
        runs a sentence across a blank line, and a hedge in the other paragraph is not this
        claim's."""
        lo, hi = sent.start, sent.end
        for tok in sent:
            if "\n\n" in tok.text or tok.is_space and tok.text.count("\n") >= 2:
                if tok.i < content.start:
                    lo = max(lo, tok.i + 1)
                elif tok.i >= content.end:
                    hi = min(hi, tok.i)
        return sent.doc[lo:hi]

    @staticmethod
    def _own_doubt(char: int, content: Span, cue: Token) -> bool:
        """Whether a doubt phrase starting at `char` is what the claim's cue itself reports
        ("a figure aid agencies said they could not confirm"): a speaker saying a thing is
        unverified states that, and the statement is no less firm for it. A phrase within
        the content ("said it was seeking to verify reports") still doubts it."""
        if content.start_char <= char < content.end_char:
            return False
        # The token the phrase starts on, wherever it stands: a doubt before the cue ("X, who
        # admitted he could not confirm it, said …") is read in its own clause, not taken for
        # the cue's first word.
        found = cue.doc.char_span(char, char + 1, alignment_mode="expand")
        if found is None or not len(found):
            return False
        tok = found[0]
        verb = tok.head if tok.dep_ in ("aux", "auxpass", "neg") else tok
        return verb.dep_ in ("ccomp", "xcomp") and verb.head.i == cue.i

    @staticmethod
    def _negated_modal(modal: Token) -> bool:
        """Whether a modal is negated by the words after it ("could not", "could no longer",
        "could never", "could hardly")."""
        doc = modal.doc
        nxt = [t.lower_ for t in doc[modal.i + 1 : modal.i + 3]]
        if not nxt:
            return False
        negations = ("not", "n't", "never", "hardly", "scarcely")
        return nxt[0] in negations or nxt[:2] == ["no", "longer"]

    def _hedged(
        self,
        sent: Span,
        content: Span,
        descriptive: bool = True,
        cue: Token | None = None,
        siblings: bool = False,
    ) -> bool:
        """Whether the sentence marks the content as uncertain. With `descriptive=False`
        a hedge word describing a noun inside the content ("arrested suspected
        facilitators", "men suspected of helping") does not count. With the claim's `cue`,
        a hedge inside what another cue of the sentence reports is that claim's only;
        `siblings` still counts one in the same cue's next clause ("said A, and that B")."""
        lex = self.lexicon
        in_content = range(content.start, content.end)
        sent = self._paragraph_part(sent, content)
        for tok in sent:
            # An attributive "suspected militants" or "civilians suspected of links" describes
            # people, not the claim, unless it sits inside the claimed content itself.
            if tok.lower_ not in lex.hedge_words or self._reported_by_other(tok, content, cue):
                continue
            if (
                cue is not None
                and not siblings
                and tok.i not in in_content
                and _in_sibling_clause(tok, content)
            ):
                # "said A, and that B was unlikely": the doubt is B's, a row of its own (guide
                # §2.1 one row per clause; fresh11, fresh12).
                continue
            if cue is not None and tok.i == cue.i:
                # "The group alleged that …": the reporting verb names the act of accusing; it
                # voices no doubt of its own (only "allegedly" or an "alleged" attack does).
                continue
            if descriptive and (tok.dep_ not in _DESCRIPTIVE or tok.i in in_content):
                return True
            if not descriptive and tok.dep_ not in _DESCRIPTIVE:
                return True
        main = {content.root.i}
        frontier = [content.root]
        while frontier:
            for c in frontier.pop().children:
                if c.dep_ in ("conj", "xcomp") and c.i not in main:
                    main.add(c.i)
                    if c.dep_ == "conj":
                        frontier.append(c)
        if any(
            content.doc[i].lemma_.lower() in lex.hedge_raising
            and any(
                c.dep_ == "xcomp"
                and c.pos_ == "VERB"
                and c.lemma_.lower() != "be"
                and not any(a.dep_ == "auxpass" for a in c.children)
                for c in content.doc[i].children
            )
            for i in main
        ):
            # "the group appeared to be shifting its attacks", "seems to have fled": the
            # speaker's inference about an event, not a report (guide §6). "appear to be
            # politically motivated" judges a state and stays unhedged.
            return True
        for tok in content:
            # "may have been taxed", "could expand" doubt the claim; "stopped before he could
            # enter" or "cuts meant it could support only …" state ability in a dependent
            # clause (guide §6).
            if (
                tok.tag_ == "MD"
                and tok.lower_ in lex.hedge_modals
                and tok.head.i in main
                # "it could feed only a fraction": "only" states a limit of ability (guide §6).
                and not any(t.lower_ == "only" for t in tok.head.subtree if t.i in in_content)
                # "Kabul could not keep washing its hands", "they could not confirm": a
                # negated modal denies an ability or an option; it doubts nothing.
                and not any(c.dep_ == "neg" for c in tok.head.children)
                # "India's money could no longer buy loyalty", "could never return": the
                # same denial of an ability, with the negation on an adverb.
                and not self._negated_modal(tok)
            ):
                return True
        # "The figure could not be verified, and police called it an exaggeration": a hedge in
        # the clause the cue's own clause is joined to doubts that clause, not the cue's claim.
        own = sent
        if cue is not None and cue.dep_ == "conj" and cue.head.i < cue.left_edge.i:
            own = sent.doc[cue.left_edge.i : sent.end]
        # Spans rebuild their text from the tokens on every `.text`: read it once.
        own_lower = own.text.lower()
        for phrase in lex.hedge_phrases:
            if phrase.startswith("without "):
                continue
            for hit in _phrase_pattern(phrase).finditer(own_lower):
                if cue is None or not self._own_doubt(own[0].idx + hit.start(), content, cue):
                    return True
        # "claimed without evidence that …", "said …, without providing evidence" doubt the
        # claim; "said nobody would be held without evidence" tells how an act is done: a
        # "without …" hedges only on the cue or set off by a comma.
        doc = sent.doc
        for tok in sent:
            if tok.lower_ != "without" or tok.i == 0:
                continue
            if self._reported_by_other(tok, content, cue) or (
                cue is not None
                and tok.head.i != cue.i
                and tok.head.i not in in_content
                and self._cue_word(tok.head)
            ):
                # "said A and blamed B, without offering evidence": the doubt is on the cue
                # it hangs on.
                continue
            rest = " ".join(doc[tok.i : sent.end].text.lower().split())
            if any(rest.startswith(p) for p in lex.hedge_phrases) and (
                doc[tok.i - 1].text == "," or self._cue_word(tok.head)
            ):
                return True
        return False


def _speaking_subject(before: list[Token]) -> Token:
    """Of the subjects before a cue, the one that speaks: the nearest, unless it is only a
    description set off by a comma after a name ("the Islamic State Khorasan Province, the
    regional affiliate also known as IS-K, claimed …"), which the parser may read as a second
    subject instead of an apposition."""
    last = before[-1]
    if len(before) > 1:
        prev = before[-2]
        edge = prev.right_edge.i + 1
        if (
            prev.pos_ == "PROPN"
            and last.pos_ == "NOUN"
            and edge < last.i
            and prev.doc[edge].text == ","
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in last.children)
            and not _in_dateline(prev)
        ):
            return prev
    return last


@lru_cache(maxsize=1024)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A lexicon phrase as a pattern that lets any run of whitespace stand between its words."""
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()))


def _in_sibling_clause(tok: Token, content: Span) -> bool:
    """Whether `tok` sits in a clause coordinated with the content's own, outside it ("said
    A, and that B"): that clause is the same cue's next claim."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "conj" and content.start <= node.head.i < content.end:
            return not (content.start <= node.i < content.end)
        node = node.head
    return False


def _insert_in_text_order(
    out: list[tuple[ClaimRecord, dict[str, float]]],
    kept_in: list[int],
    at: int,
    record: ClaimRecord,
    features: dict[str, float],
) -> None:
    """Put a claim promoted from the sourcing tails back among the kept ones, in text order
    (sentence `at`, then its content's start); `kept_in` holds each kept claim's sentence."""
    place = next(
        (
            i
            for i in range(len(out))
            if (kept_in[i], out[i][0].content_span[0]) > (at, record.content_span[0])
        ),
        len(out),
    )
    out.insert(place, (record, features))
    kept_in.insert(place, at)
