"""The PLOVER trigger lexicon: loading, validation and candidate matching.

The lexicon (`data/events.yaml`) maps lemmas (with a part of speech and optional syntactic
constraints) and multiword Matcher patterns to PLOVER types and modes. This module knows
nothing about actors, places or dates: it only says which tokens of a sentence can stand for
an event and of which type. `watchfloor.extract.events` builds the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from watchfloor.extract.dates import WEEKDAYS
from watchfloor.records import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ENTRY_KEYS = {
    "lemma",
    "pos",
    "type",
    "mode",
    "context",
    "obj",
    "not_obj",
    "prt",
    "prep",
    "mod",
    "subj",
    "not_subj",
    "xcomp",
    "not_xcomp",
    "head",
    "not_head",
    "head_realis",
    "not_prep",
    "adv",
    "voice",
    "polarity",
    "clause",
    "aux",
    "absorbs",
    "commit",
    "conf",
}
_CONSTRAINT_KEYS = (
    "obj",
    "not_obj",
    "prt",
    "prep",
    "not_prep",
    "mod",
    "subj",
    "not_subj",
    "xcomp",
    "not_xcomp",
    "head",
    "not_head",
    "head_realis",
    "adv",
    "voice",
    "polarity",
    "clause",
    "aux",
)
_POS = {"VERB", "NOUN", "ADJ"}
_ARG_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative", "obj", "acomp", "npadvmod"}
_MOD_DEPS = {"compound", "amod", "nmod", "nummod"}
# Prepositions that set the scene (time, circumstance) rather than introduce a participant:
# "pulled out of the town under an agreement" is not about the agreement, "seized weapons after
# the raid" not about the raid.
_ADJUNCT_PREPS = {
    "after",
    "before",
    "during",
    "despite",
    "amid",
    "amidst",
    "following",
    "since",
    "until",
    "till",
    "throughout",
    "ahead",
    "according",  # "according to a police officer": the source, not a participant
}
# "under" is circumstance ("withdrew under a deal") except after verbs that take it as their
# complement ("put under arrest", "came under fire", "placed under investigation").
_UNDER_VERBS = {
    "put",
    "place",
    "be",
    "come",
    "bring",
    "keep",
    "remain",
    "fall",
    "go",
    "stay",
    "hold",
}
_ENT_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# How a trigger hangs on the word its `head` constraint names: as its object or subject, or
# as the infinitive of a noun ("the right to respond": acl; the parser may read "reserves the
# right" as a noun with "right" in apposition).
_HEAD_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj", "nsubj", "conj", "acl", "appos"})


# The `type` of a lexicon entry naming a sense that is no event: when it is the first entry
# whose constraints hold, the word is not a trigger ("defended the government's line").
NO_EVENT = "NONE"


class LexiconError(ValueError):
    """The trigger lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class TriggerEntry:
    index: int
    lemmas: frozenset[str]
    pos: str
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    constraints: dict[str, frozenset[str]] = field(default_factory=dict)
    absorbs: bool = False
    commit: bool = False
    conf: float = 0.75

    @property
    def constrained(self) -> bool:
        return any(
            k in self.constraints
            for k in ("obj", "prt", "prep", "mod", "xcomp", "head", "subj", "adv")
        )


@dataclass(frozen=True)
class PatternEntry:
    index: int
    pattern: list[dict[str, Any]]
    head: int
    type: str
    mode: str | None
    requires_head: frozenset[str] = frozenset()
    requires_subj: str | None = None
    # Lexicon 2.47: a pattern is no event when a party to it is one of these words ("had been
    # in contact with their handlers": an attack's direction, not a consultation).
    not_party: str | None = None
    # Lexicon 2.48: a pattern is no event when its head hangs on one of these words ("the sit-in
    # committee" names a body of people, not a sit-in held).
    not_head: frozenset[str] = frozenset()
    conf: float = 0.8


@dataclass
class Lexicon:
    version: str
    path: str
    entries: dict[tuple[str, str], list[TriggerEntry]]
    patterns: list[PatternEntry]
    reporting_verbs: frozenset[str]
    demand_modals: frozenset[str]
    intent: dict[str, Any]
    backreference_preps: frozenset[str]
    word_classes: dict[str, frozenset[str]]
    modes: dict[str, list[tuple[str, frozenset[str]]]]
    contexts: dict[str, frozenset[str]]
    contexts_by_type: dict[str, tuple[str, ...]]
    actor_nouns: frozenset[str]
    # Nouns that, made definite ("the attackers"), point back to a perpetrator named earlier.
    anaphoric_nouns: frozenset[str] = frozenset()
    # Nouns that, with "both"/"two"/"the two", name the two parties of an earlier event.
    pair_nouns: frozenset[str] = frozenset()
    # Nouns of number or trend: "a string of attacks" reports the attacks, it does not refer back.
    series_nouns: frozenset[str] = frozenset()
    # Verbs whose grammatical subject is the victim of the event ("died", "lost their lives").
    victim_verbs: frozenset[str] = frozenset()
    # Lemmas the tagger gets wrong, mapped to the word meant ("staged" → "stag" → "stage").
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    # Warning verbs ("warned that…") are threats only when what they announce is an act or one
    # of these words of force; otherwise they forecast ("warned that prices would rise").
    warning_verbs: frozenset[str] = frozenset()
    threat_cues: frozenset[str] = frozenset()
    # Commentators ("said X, an analyst") whose reading of the parties' stance is no verbal act
    # of those parties, and the types of such stances (see `commentary_speaker`).
    commentators: frozenset[str] = frozenset()
    commentary_types: frozenset[str] = frozenset()

    @cached_property
    def entry_types(self) -> dict[int, str]:
        """Each trigger entry's type by its index, before any recoding ("would coordinate"
        recoded to AGREE is still a COOPERATE entry)."""
        return {e.index: e.type for es in self.entries.values() for e in es}

    def expand(self, values: frozenset[str]) -> tuple[frozenset[str], bool]:
        """Resolve "@class" references; the flag says whether "@ent" (a named actor) is allowed."""
        out: set[str] = set()
        ent = False
        for v in values:
            if v == "@ent":
                ent = True
            elif v == "@place":
                out.add(_PLACE_SENTINEL)  # a named place ("the closure of Chaman")
            elif v == "@year":
                out.add(_YEAR_SENTINEL)  # a year naming the act ("the 2020 Doha agreement")
            elif v.startswith("@"):
                out |= self.word_classes[v[1:]]
            else:
                out.add(v)
        return frozenset(out), ent


# "@place" in an obj list: any named place (no lemma can spell one)
_PLACE_SENTINEL = "<place>"
_PLACE_ENTS = ("GPE", "LOC", "FAC")
_SENTINELS = ("@ent", "@place", "@year")
# "@year" in a mod list: a year before the noun dates a past act, which no lemma can spell
_YEAR_SENTINEL = "<year>"


# Verbs of a common text whose passive participle after the noun takes it as object (lexicon
# 2.41; kept narrow: "the men killed in the attack" is told by its own rules).
_ACL_OBJECT_VERBS = frozenset({"adopt", "endorse", "approve", "ratify", "sign"})


# Prepositions whose named place tells where or whence a verb's act happened, not what it
# took ("seized heroin near Ishkashim", "seized Kabul in August").
_SETTING_PREPS = frozenset(
    {"in", "near", "at", "on", "from", "inside", "outside", "around", "across", "along", "into"}
    | {"to", "towards", "toward", "by", "after", "since", "through", "off", "beyond", "within"}
)


def _place_is_object(trigger: Token, place: Token) -> bool:
    """Whether a named place among a verb's arguments is what the verb acts on, not its setting
    (nouns keep any place: "the closure of Chaman", "the blockade at Torkham")."""
    if trigger.pos_ != "VERB":
        return True
    head = place
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return not (head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPS)


def _is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _strings(value: Any, where: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in value
    ):
        raise LexiconError(
            f"{where}: expected a string or a list of strings, got {value!r}"
            " (quote yes/no/on/off: YAML reads them as booleans)"
        )
    return frozenset(str(v).lower() for v in value)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and validate the trigger lexicon (the packaged one unless `path` is given)."""
    if path is None:
        where = "watchfloor/extract/data/events.yaml"
        text = resources.files("watchfloor.extract").joinpath("data/events.yaml").read_text("utf-8")
    else:
        where = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise LexiconError(
                f"{where}: cannot read the trigger lexicon ({exc.strerror})"
            ) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or "version" not in data or "triggers" not in data:
        raise LexiconError(f"{where}: expected a mapping with 'version' and 'triggers'")

    word_classes = {
        str(k): _strings(v, f"{where}: word_classes.{k}")
        for k, v in (data.get("word_classes") or {}).items()
    }
    entries: dict[tuple[str, str], list[TriggerEntry]] = {}
    for i, raw in enumerate(data["triggers"]):
        at = f"{where}: triggers[{i}]"
        if not isinstance(raw, dict):
            raise LexiconError(f"{at}: expected a mapping")
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise LexiconError(f"{at}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("lemma", "pos", "type"):
            if key not in raw:
                raise LexiconError(f"{at}: missing '{key}'")
        if raw["type"] not in EVENT_TYPES and raw["type"] != NO_EVENT:
            raise LexiconError(
                f"{at}: type {raw['type']!r} is not one of the 16 PLOVER types (or {NO_EVENT})"
            )
        pos = str(raw["pos"]).upper()
        if pos not in _POS:
            raise LexiconError(f"{at}: pos must be one of {', '.join(sorted(_POS))}")
        constraints = {k: _strings(raw[k], f"{at}.{k}") for k in _CONSTRAINT_KEYS if k in raw}
        for key, values in constraints.items():
            for v in values:
                if v.startswith("@") and v not in _SENTINELS and v[1:] not in word_classes:
                    raise LexiconError(f"{at}.{key}: unknown word class {v!r}")
        conf = raw.get("conf", 0.75 if pos != "NOUN" else 0.6)
        if not isinstance(conf, int | float) or not 0 <= conf <= 1:
            raise LexiconError(f"{at}: conf must be a number between 0 and 1")
        entry = TriggerEntry(
            index=i,
            lemmas=_strings(raw["lemma"], f"{at}.lemma"),
            pos=pos,
            type=raw["type"],
            mode=raw.get("mode"),
            context=tuple(_strings(raw.get("context", []), f"{at}.context")),
            constraints=constraints,
            absorbs=bool(raw.get("absorbs", False)),
            commit=bool(raw.get("commit", False)),
            conf=float(conf),
        )
        for lemma in entry.lemmas:
            entries.setdefault((lemma, pos), []).append(entry)

    patterns = []
    for i, raw in enumerate(data.get("patterns") or []):
        at = f"{where}: patterns[{i}]"
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("pattern"), list)
            or not raw["pattern"]
        ):
            raise LexiconError(f"{at}: expected a mapping with a non-empty 'pattern' list")
        if raw.get("type") not in EVENT_TYPES:
            raise LexiconError(f"{at}: type {raw.get('type')!r} is not one of the 16 PLOVER types")
        head = int(raw.get("head", len(raw["pattern"]) - 1))
        if not 0 <= head < len(raw["pattern"]):
            raise LexiconError(f"{at}: head {head} is outside the pattern")
        patterns.append(
            PatternEntry(
                index=i,
                pattern=raw["pattern"],
                head=head,
                type=raw["type"],
                mode=raw.get("mode"),
                requires_head=_strings(raw.get("requires_head", []), f"{at}.requires_head"),
                requires_subj=raw.get("requires_subj"),
                not_party=raw.get("not_party"),
                not_head=_strings(raw.get("not_head", []), f"{at}.not_head"),
                conf=float(raw.get("conf", 0.8)),
            )
        )

    modes: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for etype, table in (data.get("modes") or {}).items():
        if etype not in EVENT_TYPES:
            raise LexiconError(f"{where}: modes.{etype} is not a PLOVER type")
        modes[etype] = [
            (str(m), _strings(cues, f"{where}: modes.{etype}.{m}")) for m, cues in table.items()
        ]
    raw_contexts = dict(data.get("contexts") or {})
    by_type = raw_contexts.pop("by_type", {}) or {}
    contexts = {str(k): _strings(v, f"{where}: contexts.{k}") for k, v in raw_contexts.items()}
    intent = data.get("intent") or {}
    for key in ("cooperative", "hostile"):
        for t in intent.get(key, []):
            if t not in EVENT_TYPES:
                raise LexiconError(f"{where}: intent.{key} lists unknown type {t!r}")
    return Lexicon(
        version=str(data["version"]),
        path=where,
        entries=entries,
        patterns=patterns,
        reporting_verbs=_strings(data.get("reporting_verbs", []), f"{where}: reporting_verbs"),
        demand_modals=_strings(data.get("demand_modals", []), f"{where}: demand_modals"),
        intent=intent,
        backreference_preps=_strings(
            data.get("backreference_preps", []), f"{where}: backreference_preps"
        ),
        word_classes=word_classes,
        modes=modes,
        contexts=contexts,
        contexts_by_type={k: tuple(v) for k, v in by_type.items()},
        actor_nouns=_strings(data.get("actor_nouns", []), f"{where}: actor_nouns"),
        anaphoric_nouns=_strings(data.get("anaphoric_nouns", []), f"{where}: anaphoric_nouns"),
        pair_nouns=_strings(data.get("pair_nouns", []), f"{where}: pair_nouns"),
        series_nouns=_strings(data.get("series_nouns", []), f"{where}: series_nouns"),
        victim_verbs=_strings(data.get("victim_verbs", []), f"{where}: victim_verbs"),
        lemma_fixes=_lemma_fixes(data.get("lemma_fixes"), f"{where}: lemma_fixes"),
        warning_verbs=_strings(data.get("warning_verbs", []), f"{where}: warning_verbs"),
        threat_cues=_strings(data.get("threat_cues", []), f"{where}: threat_cues"),
        commentators=_strings(
            (data.get("commentary") or {}).get("speakers", []), f"{where}: commentary.speakers"
        ),
        commentary_types=_commentary_types(data.get("commentary"), where),
    )


def _commentary_types(value: Any, where: str) -> frozenset[str]:
    types = frozenset(str(t) for t in ((value or {}).get("types") or []))
    unknown = sorted(types - set(EVENT_TYPES))
    if unknown:
        raise LexiconError(f"{where}: commentary.types lists unknown type(s) {', '.join(unknown)}")
    return types


def _lemma_fixes(value: Any, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise LexiconError(f"{where}: expected a mapping of wrong lemma to right lemma")
    return {k.lower(): v.lower() for k, v in value.items()}


# ----------------------------------------------------------------------------- syntax helpers


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def subject_of(tok: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through control and coordination."""
    seen = 0
    while seen < 6:
        for c in tok.children:
            if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl":
                return c
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") and tok.head.i != tok.i:
            tok = tok.head
            if tok.dep_ == "prep" and tok.head.i != tok.i:
                tok = tok.head
            seen += 1
            continue
        if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
            return tok.head
        return None
    return None


def passive_subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
    return None


_PERFECT_AUX = frozenset({"had", "has", "have", "'ve", "'d", "having"})


def is_misparsed_verb(tok: Token) -> bool:
    """A finite verb the parser took for an adjective of the next noun phrase: in "the air force
    scrambled fighter jets" "scrambled" hangs as amod under "jets" with "force" as a compound of
    the same noun to its left. English puts attributive participles before noun modifiers ("the
    banned militant group"), so a noun modifier of the head to the participle's left means the
    participle is the clause's verb and the noun phrase after it its object."""
    if tok.dep_ != "amod" or tok.head.i < tok.i:
        return False
    if tok.tag_ not in ("VBN", "VBD") and not (tok.tag_ == "JJ" and tok.lower_.endswith("ed")):
        return False  # only -ed forms: "relaxed" is also tagged as a plain adjective
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "South Korea scrambled fighter jets": a subject makes it a verb
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBN" and prev is not None and prev.lower_ in _PERFECT_AUX:
        return True  # "the police had tortured suspects": a perfect tense read as have + NP
    if _perfect_after_adverbial(tok):
        return True  # "Russia has in the past moved troops": have + adverbial + participle
    left = [c for h in _np_chain(tok.head) for c in h.children if c.i < tok.i]
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in left) and not any(
        c.dep_ in ("amod", "nummod") and c.i < tok.i for c in left
    )


# Words of a short time adverbial the parser may hang between a perfect auxiliary and its
# participle ("has in the past moved troops", "had at times shared lists").
_ADVERBIAL_WORDS = frozenset(
    {"past", "times", "recent", "years", "months", "weeks", "often", "repeatedly", "also"}
)


def _perfect_after_adverbial(tok: Token) -> bool:
    """ "Russia has in the past moved troops to the border": the parser takes "in the past moved
    troops" for a prepositional phrase of "has", so the participle hangs as an adjective of the
    noun after it. A form of have, then only a short adverbial (a preposition, determiners,
    adjectives, adverbs and time nouns), then the participle: a perfect tense."""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.i - 6, -1), -1):
        w = doc[j]
        if w.lower_ in _PERFECT_AUX and w.lower_ != "having":
            if j == tok.i - 1 or w.pos_ not in ("AUX", "VERB"):
                return False
            if any(c.dep_ == "dobj" for c in w.children):
                return False  # "had in the past a base": have with its own object
            return doc[j + 1].tag_ in ("IN", "RB")
        if w.tag_ in ("IN", "DT", "RB", "JJ", "CD") or w.lower_ in _ADVERBIAL_WORDS:
            continue
        return False
    return False


def _np_chain(tok: Token) -> list[Token]:
    """`tok` and the nouns it is a compound of, up to the noun phrase's head."""
    chain = [tok]
    while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _verb_forms(word: str) -> list[str]:
    """Possible base forms of an -ed word the tagger left as an adjective ("relaxed" → relax,
    "eased" → ease, "stopped" → stop, "carried" → carry)."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    stem = word[:-2]
    out = [stem, word[:-1]]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


_WH_WORDS = {"why", "whether", "how", "if", "what", "when", "where"}
_NEGATIVE_DETS = {"no", "none", "nobody", "nothing", "neither"}


def _negated(tok: Token) -> bool:
    """ "did not allow", "no one is permitted", "allowed no group": the act is denied. An
    adjective takes the negation of the verb it completes ("will not go unanswered"), an object
    noun that of its verb ("has no role", "no longer has any base")."""
    heads = [tok]
    if (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp")
        and tok.head.i != tok.i
    ):
        heads.append(tok.head)
    if tok.pos_ in ("NOUN", "PROPN"):
        # "had no role in", "no longer has any base": the noun or the verb it is object of
        if any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETS for c in tok.children):
            return True
        if tok.dep_ == "dobj" and tok.head.i != tok.i:
            heads.append(tok.head)
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in _NEGATIVE_DETS
            or any(d.lower_ in _NEGATIVE_DETS for d in c.children if d.dep_ == "det")
        ):
            return True
    return False


def _denial_told_twice(c: Candidate, found: dict[int, Candidate]) -> bool:
    """ "rejected the report and said the group had no presence there": the denied presence is
    what the rejection says, one REJECT, not a second (lexicon 2.48)."""
    tok = c.token
    if c.type != "REJECT" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    clause = tok
    for _ in range(4):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    said = clause.head
    partners = [x for x in said.children if x.dep_ == "conj"]
    if said.dep_ == "conj":
        partners.append(said.head)
    return any(
        x.i in found and found[x.i].type == "REJECT" and x.pos_ in ("VERB", "AUX") for x in partners
    )


def _no_longer(tok: Token) -> bool:
    """ "the group no longer has any base there": a state denied from now on. Kept apart from
    `_negated`, which also decides factuality, where "no longer" is still a fact asserted."""
    heads = [tok]
    if tok.dep_ in ("dobj", "acomp", "attr") and tok.head.i != tok.i:
        heads.append(tok.head)
    return any(
        c.dep_ == "advmod"
        and c.lower_ == "longer"
        and any(d.dep_ == "neg" and d.lower_ == "no" for d in c.children)
        for h in heads
        for c in h.children
    )


def is_negated(tok: Token) -> bool:
    """Whether the act of `tok` is denied: a negation on it or on its subject or object ("did not
    allow", "no one was hurt", "not a single civilian had been harmed")."""
    if _negated(tok):
        return True
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        t.dep_ == "neg" or t.lower_ in _NEGATIVE_DETS and t.dep_ == "det" for t in subj.subtree
    )


# Heads that count people: "hundreds of militants" acts through the militants.
_QUANTITY_HEADS = frozenset(
    {"hundred", "thousand", "dozen", "score", "number", "group", "band", "handful", "couple"}
)


# Prepositions of a verb's target ("respond to", "fire on", "strike at", "act against").
_TARGET_PREPS = frozenset({"to", "on", "at", "against"})


def _instrument_preps(tok: Token) -> list[Token]:
    """ "will respond to any attack with full force": a "with" phrase the parser hung on the
    noun after the verb's own preposition is the verb's instrument."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [
        w
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
        for p in c.children
        if p.dep_ == "pobj"
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with" and w.i > p.i
    ]


def _nested_label_words(label: Token) -> list[Token]:
    """ "described it as one more brick in a system of gender persecution": the charge sits two
    phrases below the label noun (its nouns and their modifiers)."""
    out: list[Token] = []
    level = [label]
    for _ in range(2):
        level = [
            q
            for n in level
            for m in n.children
            if m.dep_ == "prep" and m.lower_ in ("in", "of")
            for q in m.children
            if q.dep_ == "pobj"
        ]
        for q in level:
            out.append(q)
            out.extend(x for x in q.children if x.dep_ in _MOD_DEPS)
    return out


def argument_tokens(tok: Token) -> list[Token]:
    """The tokens whose lemmas the `obj` constraint looks at (see events.yaml)."""
    out: list[Token] = []
    for w in _instrument_preps(tok):
        out.append(w)
        out.extend(p for p in w.children if p.dep_ == "pobj")
    if is_misparsed_verb(tok):
        # the noun phrase after the verb is its object ("scrambled fighter jets")
        for head in _np_chain(tok.head):
            out.append(head)
            out.extend(c for c in head.children if c.i > tok.i and c.dep_ in _MOD_DEPS)
            # "sheltered millions of refugees": the people counted are the object too
            out.extend(
                p
                for m in head.children
                if m.dep_ == "prep" and m.lower_ == "of"
                for p in m.children
                if p.dep_ == "pobj"
            )
    if (
        tok.dep_ == "relcl"
        and tok.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in tok.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that")
            for c in tok.children
        )
    ):
        out.append(tok.head)  # "a charge the group has denied": the noun is the object
    if (
        tok.dep_ == "relcl"
        and tok.pos_ == "VERB"
        and tok.head.i != tok.i
        and any(c.dep_ == "nsubjpass" and c.lower_ == "which" for c in tok.children)
    ):
        # s21: "the crossing, which had been halted": the noun a passive "which" clause adds news
        # about undergoes it (not a restrictive "explosives that had been planted", which only
        # says which explosives)
        out.append(tok.head)
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and lemma(tok) in _ACL_OBJECT_VERBS
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children)
    ):
        out.append(tok.head)  # "the declaration, adopted by all members": the noun undergoes it
    if (
        tok.dep_ == "xcomp"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        # "the next round was expected to be held", "described being held for days": a
        # passive infinitive or gerund undergoes its controller, the subject of the verb above
        out.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        if (
            tok.head.dep_ == "acomp"
            and tok.head.lower_ in ("due", "set", "slated", "poised")
            and tok.head.head.i != tok.head.i
        ):
            # "the next round is due to be held": the controller is the subject of "is"
            out.extend(c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    for c in tok.children:
        if c.dep_ in _ARG_DEPS or c.dep_ == "pobj":
            # (a bare pobj under a verb is a parse of "called off the offensive" as off+pobj)
            heads = [c, *(x for x in c.children if x.dep_ == "conj")]  # "weapons and ammunition"
            for h in heads:
                out.append(h)
                out.extend(m for m in h.children if m.dep_ in _MOD_DEPS or m.dep_ == "prep")
                out.extend(
                    p
                    for m in h.children
                    if m.dep_ == "prep"
                    for p in m.children
                    if p.dep_ == "pobj"
                )
        elif c.dep_ == "prep" and (
            c.lower_ in _ADJUNCT_PREPS or c.lower_ == "under" and lemma(tok) not in _UNDER_VERBS
        ):
            continue
        elif c.dep_ == "prt" and tok.pos_ == "VERB" and any(p.dep_ == "pobj" for p in c.children):
            # "called off the offensive" parsed with the object under the particle
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" or c.dep_ == "agent":
            out.append(c)
            for p in c.children:
                if p.dep_ == "prep":  # "out of the town", "away from the border"
                    p = next((q for q in p.children if q.dep_ == "pobj"), p)
                if p.dep_ in ("pobj", "pcomp"):
                    out.append(p)
                    out.extend(m for m in p.children if m.dep_ in _MOD_DEPS)
                    if c.lower_ == "as":
                        # "described the raid as an act of aggression": the label is the
                        # noun after "of"
                        out.extend(
                            q
                            for m in p.children
                            if m.dep_ == "prep" and m.lower_ == "of"
                            for q in m.children
                            if q.dep_ == "pobj"
                        )
                        out.extend(_nested_label_words(p))
        elif c.dep_ in ("xcomp", "ccomp", "advcl") and c.dep_ != "advcl":
            out.append(c)
            out.extend(m for m in c.children if m.dep_ in ("dobj", "attr", "prt"))
            # "asked why…", "questioned whether…": an indirect question, for `not_obj`
            out.extend(
                m for m in c.children if m.dep_ in ("advmod", "mark") and m.lower_ in _WH_WORDS
            )
            if _is_to_clause(c):
                # "expects Kabul to act": the infinitive's subject is the verb's object
                out.extend(m for m in c.children if m.dep_ in ("nsubj", "nsubjpass"))
        elif (
            c.dep_ == "prt"
            and tok.pos_ != "VERB"
            or tok.pos_ in ("NOUN", "PROPN")
            and c.dep_ in _MOD_DEPS
        ):
            out.append(c)
    out.extend(_coordinate_arguments(tok))
    return out


def _coordinate_arguments(tok: Token) -> list[Token]:
    """The passive subject a participle shares with the verb it is coordinated with: "had been
    trained and financed by India" (the parser hangs the subject on the first verb only). Only
    with its own agent: "killed and 20 posts captured" is a clause of its own."""
    if (
        tok.pos_ != "VERB"
        or tok.dep_ != "conj"
        or tok.tag_ != "VBN"
        or tok.head.pos_ != "VERB"
        or not any(c.dep_ == "agent" for c in tok.children)
        or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children)
    ):
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubjpass"]


def has_to_marker(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("to act")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _is_to_clause(tok: Token) -> bool:
    """An infinitive with its own subject ("expects Kabul to act"), parsed as a ccomp."""
    return tok.dep_ == "ccomp" and has_to_marker(tok)


@dataclass
class Candidate:
    token: Token
    type: str
    mode: str | None
    conf: float
    entry_index: int
    context: tuple[str, ...] = ()
    absorbs: bool = False
    commit: bool = False
    from_pattern: bool = False
    span: tuple[int, int] | None = None  # token indices [start, end) of the trigger words
    notes: list[str] = field(default_factory=list)
    # a noun after "after/since/amid..." that still opens a row: the first mention of its event,
    # or one whose own phrase gives a new place or time (annotation guide §1.1, §6)
    fresh: bool = False


_MONTH_CUES = frozenset(
    {
        "in",
        "since",
        "last",
        "early",
        "late",
        "mid",
        "of",
        "until",
        "till",
        "by",
        "from",
        "this",
        "next",
    }
)


def _is_month(tok: Token) -> bool:
    """ "in March" names a month, never a protest march (the only month that is a trigger word)."""
    if tok.lower_ != "march" or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        tok.i > tok.sent.start
        and doc[tok.i - 1].pos_ == "PROPN"
        and doc[tok.i - 1].text[:1].isupper()
        and before not in WEEKDAYS
    ):
        return False  # "the Aurat March 2025": the name of a march, not a month
    return (
        tok.ent_type_ == "DATE" or before in _MONTH_CUES or (after is not None and after.like_num)
    )


def _temporal_prep(prep: Token) -> bool:
    """ "on Friday", "at dawn", "in March": a time, never the preposition of a phrasal sense
    ("called on Friday for…" is not "called on")."""
    return prep.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children
    )


def commentary_speaker(tok: Token, lexicon: Lexicon) -> bool:
    """Whether the statement `tok` stands in is a commentator's: "'Beijing's patience is wearing
    thin,' said X, a security researcher", "Analysts said the bloc could agree on …". The
    subject of the nearest reporting verb above the trigger, with its appositions and compound
    titles ("terrorism researcher Laura Chen"), names the speaker."""
    if not lexicon.commentators:
        return False
    # A past act an analyst reports ("Analysts said India had rejected the offer") is still an
    # act; only their reading of where the parties stand or what they could do is commentary.
    if tok.tag_ == "VBD" or (
        tok.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have" for c in tok.children)
    ):
        return False
    verb = next(
        (
            a
            for a in tok.ancestors
            if a.pos_ in ("VERB", "AUX") and lemma(a) in lexicon.reporting_verbs
        ),
        None,
    )
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    names = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    words = {lemma(n) for n in names} | {
        lemma(c) for n in names for c in n.children if c.dep_ == "compound"
    }
    return bool(words & lexicon.commentators)


def _mentions_token(tok: Token, mention_tokens: set[int]) -> bool:
    return tok.i in mention_tokens or tok.ent_type_ in _ENT_ACTOR_LABELS


class TriggerMatcher:
    """Finds trigger candidates in a sentence with the lexicon's lemma entries and patterns."""

    def __init__(self, lexicon: Lexicon, vocab: Any) -> None:
        from spacy.matcher import Matcher

        self.lexicon = lexicon
        # The Matcher keeps this same vocab, but spaCy's stubs don't declare `Matcher.vocab`.
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        for p in lexicon.patterns:
            try:
                self.matcher.add(f"p{p.index}", [p.pattern])
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(
                    f"{lexicon.path}: patterns[{p.index}] is not a valid spaCy pattern ({exc})"
                ) from exc
        self._expanded: dict[int, dict[str, tuple[frozenset[str], bool]]] = {}

    def _expanded_constraints(self, entry: TriggerEntry) -> dict[str, tuple[frozenset[str], bool]]:
        got = self._expanded.get(entry.index)
        if got is None:
            got = {k: self.lexicon.expand(v) for k, v in entry.constraints.items()}
            self._expanded[entry.index] = got
        return got

    def _matches(self, entry: TriggerEntry, tok: Token, mention_tokens: set[int]) -> bool:
        cons = self._expanded_constraints(entry)
        if not cons:
            return True
        args: list[Token] | None = None

        def arg_set() -> list[Token]:
            nonlocal args
            if args is None:
                args = argument_tokens(tok)
            return args

        for key, (values, ent) in cons.items():
            if key in ("obj", "not_obj"):
                toks = [a for a in arg_set() if not _is_month(a)]
                hit = (
                    any(lemma(a) in values or a.lower_ in values for a in toks)
                    or (
                        _PLACE_SENTINEL in values
                        and any(
                            a.ent_type_ in _PLACE_ENTS and _place_is_object(tok, a) for a in toks
                        )
                    )
                    or (
                        ent
                        and any(
                            a.pos_ in ("PROPN", "NOUN") and _mentions_token(a, mention_tokens)
                            for a in toks
                        )
                    )
                )
                if (key == "obj") != hit:
                    return False
            elif key == "prt":
                if not any(c.dep_ == "prt" and c.lower_ in values for c in tok.children):
                    return False
            elif key == "prep":
                kids = [c for c in tok.children if not _temporal_prep(c)]
                kids += _instrument_preps(tok)
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
                    # "drawing protests from Kabul": the parser often hangs the noun's
                    # preposition on its verb; one right after the noun is the noun's
                    kids += [c for c in tok.head.children if c.i == tok.right_edge.i + 1]
                # ("sold jets to Egypt": a "to" of the recipient may be parsed as a dative)
                if not any(
                    c.dep_ in ("prep", "agent", "dative") and c.lower_ in values for c in kids
                ) and not any(
                    # "called for schools to reopen": "for" parsed as the mark of a clause
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in values for m in c.children)
                    for c in tok.children
                ):
                    return False
            elif key == "not_prep":
                if any(
                    c.dep_ in ("prep", "agent", "dative")
                    and c.lower_ in values
                    and not _temporal_prep(c)
                    for c in tok.children
                ):
                    return False
            elif key == "adv":
                if not any(
                    c.dep_ == "advmod" and (c.lower_ in values or lemma(c) in values)
                    for c in tok.children
                ):
                    return False
            elif key == "mod":
                mods = {lemma(c) for c in tok.children if c.dep_ in _MOD_DEPS}
                mods |= {c.lower_ for c in tok.children if c.dep_ in _MOD_DEPS}
                if _YEAR_SENTINEL in values and any(
                    c.dep_ in _MOD_DEPS and _is_year(c) for c in tok.children
                ):
                    mods.add(_YEAR_SENTINEL)
                if not mods & values:
                    return False
            elif key in ("xcomp", "not_xcomp"):
                xs = [
                    c
                    for c in tok.children
                    if (
                        c.dep_ == "xcomp"
                        or (c.dep_ == "ccomp" and _is_to_clause(c))
                        # "offered on Tuesday to host talks": the parser attaches the
                        # to-infinitive after an adjunct as an adverbial clause
                        or (c.dep_ == "advcl" and c.i > tok.i and has_to_marker(c))
                    )
                    and c.pos_ in ("VERB", "AUX")
                ]
                hit = bool(xs) and ("*" in values or any(lemma(x) in values for x in xs))
                if (key == "xcomp") != hit:
                    return False
            elif key == "head_realis":
                # Lexicon 2.47: "lifted the ban" ends the ban, so the ban is no standing measure;
                # "should lift / has no plans to lift the sanctions" leaves it standing.
                h = tok.head
                if not (
                    h.i != tok.i
                    and h.pos_ in ("VERB", "AUX")
                    and h.tag_ in ("VBD", "VBN")
                    and not _negated(h)
                ):
                    return False
            elif key == "not_head":
                # "appears ready to", "seems willing to": the speaker's reading, not a pledge
                if tok.head.i != tok.i and lemma(tok.head) in values:
                    return False
                # lexicon 2.47: "agreements to speed up work … and to raise trade": a
                # coordinated verb hangs on what its first conjunct hangs on
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                if first.i != tok.i and first.head.i != first.i and lemma(first.head) in values:
                    return False
            elif key == "aux":
                # "no one will be allowed to…": the modal that makes a statement a pledge
                if not any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in values for c in tok.children
                ):
                    return False
            elif key == "polarity":
                if ("positive" in values) == (_negated(tok) or _no_longer(tok)):
                    return False
            elif key == "clause":
                # "acknowledged that the camps were overcrowded": a finite complement clause
                # (not a to-infinitive), optionally with these verbs as its head
                comps = [c for c in tok.children if c.dep_ == "ccomp" and not _is_to_clause(c)]
                if not comps or "*" not in values and not any(lemma(c) in values for c in comps):
                    return False
            elif key == "head":
                h = tok.head
                # "gives clinics until May to comply": an infinitive hangs on its verb too
                # (lexicon 2.47: also "a boycott of classes to protest", an infinitival relative)
                governed_infinitive = (
                    tok.pos_ in ("VERB", "AUX")
                    and tok.dep_ in ("xcomp", "advcl", "relcl", "acl")
                    and has_to_marker(tok)
                )
                if (
                    h.i == tok.i
                    or not (lemma(h) in values and (tok.dep_ in _HEAD_DEPS or governed_infinitive))
                ) and not (
                    # "an earlier pledge, made in 2023", "the curfew imposed on Monday": the
                    # light verb follows its noun as a reduced relative clause
                    tok.pos_ in ("NOUN", "PROPN")
                    and any(
                        (
                            c.dep_ == "acl"
                            and c.tag_ == "VBN"
                            # "requests, which Uzbekistan had submitted": the noun is the
                            # object of its relative clause
                            or c.dep_ == "relcl"
                            and any(
                                o.dep_ == "dobj" and o.lower_ in ("which", "that")
                                for o in c.children
                            )
                        )
                        and lemma(c) in values
                        for c in tok.children
                    )
                ):
                    return False
            elif key == "voice":
                # "X is expected to attend" forecasts; only an active "expects X to" asks
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
                    # "is poor and patrolled by Taliban units": a participle with its agent
                    tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
                )
                if ("passive" in values) != passive:
                    return False
            elif key in ("subj", "not_subj"):
                base = tok if tok.pos_ != "NOUN" else tok.head
                if tok.dep_ == "acomp" and tok.head.i != tok.i:
                    base = tok.head  # "the assets are frozen": the subject hangs on the copula
                elif (
                    tok.dep_ == "xcomp"
                    and tok.head.dep_ == "acomp"
                    and tok.head.head.i != tok.head.i
                ):
                    # "the minister was due / ready to travel": the adjective's copula holds
                    # the subject that performs the infinitive
                    base = tok.head.head
                s = subject_of(base)
                if s is None and tok.pos_ != "NOUN":
                    # "it was deeply concerned": the tagger reads the state as a passive
                    s = passive_subject(base)
                # "QUETTA, Pakistan — Security forces freed…": a dateline read as a second
                # subject stands before the real one
                subjects = [s] if s is not None else []
                # (lexicon 2.47: the dateline and the subject hang on the verb the subject was
                # found on, which may be the head of a participle: "…, freeing 212 hostages")
                later = [
                    c
                    for c in (s.head.children if s is not None else ())
                    if c.dep_ == "nsubj" and s is not None and c.i > s.i
                ]
                if later and s is not None and s.text.isupper():
                    subjects = later
                # "hundreds of militants", "the number of fighters": the people counted
                subjects += [
                    p
                    for x in list(subjects)
                    if lemma(x) in _QUANTITY_HEADS
                    for m in x.children
                    if m.dep_ == "prep" and m.lower_ == "of"
                    for p in m.children
                    if p.dep_ == "pobj"
                ]
                hit = any(
                    lemma(x) in values
                    or x.lower_ in values
                    or (ent and _mentions_token(x, mention_tokens))
                    or any(
                        lemma(c) in values
                        for c in x.children
                        if c.dep_ in ("compound", "amod", "nummod")
                    )
                    for x in subjects
                )
                if (key == "subj") != hit:
                    return False
        return True

    def candidates(self, sent: Span, mention_tokens: set[int]) -> list[Candidate]:
        found: dict[int, Candidate] = {}
        for match_id, start, end in self.matcher(sent):
            entry = self.lexicon.patterns[int(self.vocab.strings[match_id][1:])]
            head = sent[start + entry.head]
            if entry.requires_head and lemma(head.head) not in entry.requires_head:
                continue
            if entry.not_head and head.head.i != head.i and lemma(head.head) in entry.not_head:
                continue
            if entry.requires_subj:
                s = subject_of(head)
                crowd = self.lexicon.word_classes.get(entry.requires_subj, frozenset())
                if s is None or lemma(s) not in crowd:
                    continue
            if entry.not_party and self._has_party(
                head, sent.doc[sent.start + end - 1], entry.not_party
            ):
                continue
            prev = found.get(head.i)
            if prev is None or (prev.span and (prev.span[1] - prev.span[0]) < end - start):
                found[head.i] = Candidate(
                    token=head,
                    type=entry.type,
                    mode=entry.mode,
                    conf=entry.conf,
                    entry_index=-1 - entry.index,
                    from_pattern=True,
                    span=(sent.start + start, sent.start + end),
                )
        for tok in sent:
            if tok.i in found:
                continue
            cand = self.match_token(tok, mention_tokens)
            if cand is not None:
                found[tok.i] = cand
        # Lexicon 2.43: an analyst's reading of what the parties will agree to, tolerate or
        # back reports no act of theirs (the gold codes none; their attacks stay events).
        return [
            found[i]
            for i in sorted(found)
            if (
                found[i].type not in self.lexicon.commentary_types
                or not commentary_speaker(found[i].token, self.lexicon)
            )
            and not _denial_told_twice(found[i], found)
        ]

    def _has_party(self, head: Token, last: Token, word_class: str) -> bool:
        """Whether the clause's subject or the object of the pattern's closing preposition is
        a word of `word_class` ("they had been in contact with their handlers")."""
        words = self.lexicon.word_classes.get(word_class, frozenset())
        parties = [c for c in last.children if c.dep_ == "pobj"]
        parties += [c for p in list(parties) for c in p.conjuncts]
        verb = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
        if verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
        s = subject_of(verb)
        if s is not None:
            parties.append(s)
        return any(lemma(p) in words or p.lower_ in words for p in parties)

    def match_token(self, tok: Token, mention_tokens: set[int]) -> Candidate | None:
        if tok.pos_ in ("VERB", "AUX"):
            keys = [(lemma(tok), "VERB")]
            fixed = self.lexicon.lemma_fixes.get(lemma(tok))
            if fixed:
                keys.append((fixed, "VERB"))
            if tok.tag_ in ("VBN", "JJ"):
                keys.append((tok.lower_, "ADJ"))
        elif tok.pos_ in ("NOUN", "PROPN"):
            if tok.i in mention_tokens and tok.pos_ == "PROPN" or _is_month(tok):
                return None
            keys = [(lemma(tok), "NOUN"), (tok.lower_, "NOUN")]
        elif tok.pos_ == "ADJ":
            keys = [(tok.lower_, "ADJ"), (lemma(tok), "ADJ")]
            if is_misparsed_verb(tok):
                keys = [(v, "VERB") for v in _verb_forms(tok.lower_)] + keys
        else:
            return None
        reporting = lemma(tok) in self.lexicon.reporting_verbs and tok.pos_ in ("VERB", "AUX")
        seen: set[int] = set()
        for key in keys:
            for entry in self.lexicon.entries.get(key, []):
                if entry.index in seen:
                    continue
                seen.add(entry.index)
                if reporting and not entry.constrained:
                    continue
                if self._matches(entry, tok, mention_tokens):
                    if entry.type == NO_EVENT:
                        return None  # a sense of the word that is no event ("defended its line")
                    return Candidate(
                        token=tok,
                        type=entry.type,
                        mode=entry.mode,
                        conf=entry.conf,
                        entry_index=entry.index,
                        context=entry.context,
                        absorbs=entry.absorbs,
                        commit=entry.commit,
                    )
        return None
