"""Noun phrases → actor references: the mention a phrase holds (`_mention_in_phrase`), the
reference a token stands for (`_ref_for`: names, members, conjoined modifiers, anaphoric
kinds). Used by the argument stage and by `_records`; plain functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.extract.eventing.shared import (
    _DEFINITE_DETS,
    _MESSAGE_NOUNS,
    _PACT_NOUNS,
    _PLACE_NOUNS,
    _PRONOUNS,
    _QUANTITY_NOUNS,
    _conjuncts,
    _dateline_end,
    _prep_objects,
)
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.triggers import Lexicon, has_to_marker, lemma
from watchfloor.records import ActorMention, ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


_ENT_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _is_actorish(tok: Token, tok_actor: dict[int, ActorMention], lex: Lexicon) -> bool:
    return tok.i in tok_actor or tok.ent_type_ in _ENT_ACTOR_LABELS - {"GPE"}


def _np_text(tok: Token) -> tuple[str, set[int]]:
    keep = [tok]
    for c in tok.lefts:
        if c.dep_ in (
            "compound",
            "amod",
            "nummod",
            "poss",
            "nmod",
            "det",
            "quantmod",
        ) and c.lower_ not in ("the", "a", "an"):
            keep.extend(c.subtree)
    for c in tok.rights:
        if c.dep_ in ("compound", "appos") and c.i == tok.i + 1:
            keep.append(c)
    keep = sorted(set(keep), key=lambda t: t.i)
    start, end = keep[0], keep[-1]
    text = tok.doc[start.i : end.i + 1].text
    return text, {t.i for t in keep}


def _conjoined_modifiers(head: Token, tok_actor: dict[int, ActorMention]) -> list[ActorMention]:
    """The mentions of "Afghan and Pakistani" in "Afghan and Pakistani forces", when they
    stand for different actors (else [])."""
    # "the IOM and Taliban officials": the parser hangs a name before the head as nmod; a
    # dateline's place ("HERAT, Afghanistan — Iranian and Afghan forces …") can hang there too
    # and is no modifier of the head
    after_dateline = _dateline_end(head.doc)
    first = next(
        (
            c
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod") and after_dateline < c.i < head.i
        ),
        None,
    )
    if first is None or not any(c.dep_ == "conj" for c in first.children):
        return []
    found: list[ActorMention] = []
    for tok in _conjuncts(first):
        m = tok_actor.get(tok.i)
        if m is None or m.actor_id is None:
            return []
        if m.actor_id not in {f.actor_id for f in found}:
            found.append(m)
    return found if len(found) > 1 else []


def _mention_in_phrase(
    tok: Token, tok_actor: dict[int, ActorMention], *, skip_attributed: bool = False
) -> ActorMention | None:
    """A mention inside the phrase: "members of the TTP", "Pakistan's interior minister"."""
    best = None
    # "blaming its neighbours", "Pakistan's rivals": a noun of the other side of a relation
    # names a party other than its possessor, so the possessor stands for no one here
    other_side = lemma(tok) in _COUNTERPART_NOUNS or tok.lower_ in _COUNTERPART_NOUNS
    for t in tok.subtree:
        m = tok_actor.get(t.i)
        if (
            m is not None
            and t.i != tok.i
            and not (
                other_side
                and (
                    (t.dep_ == "poss" and t.head.i == tok.i)
                    or (
                        t.dep_ == "pobj"
                        and t.head.dep_ == "prep"
                        and t.head.lower_ == "of"
                        and t.head.head.i == tok.i
                    )
                )
            )
            and t.dep_ not in ("relcl",)
            and not (skip_attributed and m.rule == "attributed")
            and not any(
                # nor one inside a clause of its own: "agencies of funding the insurgents"
                (
                    (
                        a.dep_ in ("relcl", "acl", "appos")
                        # "a statement attributed to IS-K", "a video released by the group":
                        # the author of what is said is the one saying it
                        and not (
                            a.dep_ == "acl"
                            and a.head.i == tok.i
                            and lemma(tok) in _MESSAGE_NOUNS
                            and lemma(a) in _AUTHORING_VERBS
                        )
                    )
                    or (a.dep_ == "pcomp" and a.pos_ == "VERB")
                    # "a Chinese-led consortium", "Iran-backed militias": a party of their own
                    or (a.dep_ == "amod" and a.tag_ == "VBN" and lemma(a) in _SPONSOR_VERBS)
                    # "a police-escorted convoy", "Taliban-controlled areas": the party in a
                    # hyphened participle does that act; the noun is not that party
                    or (
                        a.dep_ == "amod"
                        and a.tag_ == "VBN"
                        and any(h.tag_ == "HYPH" for h in a.children)
                        # "an SCO-related forum" is the body's own
                        and lemma(a) not in _BELONGING_PARTICIPLES
                    )
                )
                and tok.is_ancestor(a)
                and a.is_ancestor(t)
                for a in t.ancestors
            )
        ):
            d = abs(t.i - tok.i)
            if best is None or d < best[0]:
                best = (d, t)
    if best is not None and best[0] <= 6:
        return tok_actor[best[1].i]
    return None


def _ref_for(
    tok: Token,
    tok_actor: dict[int, ActorMention],
    lex: Lexicon,
    *,
    require_actor: bool,
    people: frozenset[str] = frozenset(),
) -> ActorRef | None:
    """The actor a noun phrase head stands for: a linked mention, or an unlinked actor-like NP."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (
        of is not None
        and (tok.like_num or lemma(tok) in _QUANTITY_NOUNS)
        and tok.i not in tok_actor
    ):
        # "hundreds of residents", "three of the assailants": the people counted
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            counted = _ref_for(pobj, tok_actor, lex, require_actor=require_actor, people=people)
            if counted is not None and not hasattr(counted, "_head"):
                # "one of its members": whether the people counted refer back is read on them
                counted._head = pobj  # type: ignore[attr-defined]
            return counted
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        # "commanders, some of whom fought ...", "militants, most of which ...": the antecedent
        whom = next((p for p in _prep_objects(tok, ("of",)) if p.lower_ in ("whom", "which")), None)
        if whom is not None:
            return _ref_for(
                tok.head.head, tok_actor, lex, require_actor=require_actor, people=people
            )
    relative = tok.lower_ in ("which", "that", "who") and tok.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
    )
    if relative and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl":
        # "strikes by Pakistan, which the Taliban said killed ...": the relative clause is
        # what someone said about the antecedent
        clause = tok.head.head
    elif relative and tok.head.dep_ == "relcl":
        clause = tok.head
    else:
        clause = None
    if clause is not None:
        # "strikes by Pakistan, which killed ...", "ETIM, which Beijing blames": the antecedent
        tok = clause.head
        by = next(
            (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children),
            None,
        )
        if by is not None and by.dep_ == "pobj" and tok.i not in tok_actor:
            # an act named by its author ("strikes by Pakistan, which ... killed"): the author
            tok = by
    titled = next(
        (
            c
            for c in tok.subtree
            if c.dep_ == "appos"
            and c.ent_type_ == "PERSON"
            and c.head.ent_type_ != "PERSON"
            # the title's own phrase ("envoy to the UN, Asim Ahmad" may hang on "UN"), not a
            # clause inside it
            and all(
                a.dep_ in ("prep", "pobj", "appos")
                for a in c.ancestors
                if a.i != tok.i and tok.is_ancestor(a)
            )
        ),
        None,
    )
    if titled is not None and tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN":
        # "Pakistan's envoy to the UN, Asim Ahmad, welcomed ...": the person named acts, not
        # the state or body his title names (the guide codes the most specific actor)
        return _ref_for(titled, tok_actor, lex, require_actor=require_actor, people=people)
    named_as = next(
        (
            p
            for a in tok.children
            if a.dep_ == "appos"
            for v in a.children
            if v.dep_ == "acl" and lemma(v) in ("name", "identify")
            for p in _prep_objects(v, ("as",))
            if p.ent_type_ == "PERSON"
        ),
        None,
    )
    if named_as is not None and tok.i not in tok_actor and tok.ent_type_ != "PERSON":
        # "The American, a contractor named in US media as Daniel Reeve, was detained": the
        # person the apposition names
        return _ref_for(named_as, tok_actor, lex, require_actor=require_actor, people=people)
    mention = tok_actor.get(tok.i)
    if mention is None:
        mention = _mention_in_phrase(tok, tok_actor)
    elif mention.rule == "generic" and lemma(tok) in _AGENT_NOUNS:
        # "a spokesman for the Ministry of External Affairs", "an official of the Foreign
        # Office": the body the unnamed person speaks or acts for (the guide's actor)
        body = next(
            (
                tok_actor[p.i]
                for p in _prep_objects(tok, ("of", "for", "from"))
                if p.i in tok_actor and tok_actor[p.i].rule != "generic" and tok_actor[p.i].actor_id
            ),
            None,
        )
        mention = body or mention
    guessed = None
    if mention is not None and mention.rule == "attributed":
        # "Militants stormed ...": the linker's guess at the group behind unnamed attackers is
        # an inference from elsewhere in the article (a claim of responsibility), not what this
        # sentence reports; the event names them as the text does unless the phrase itself
        # names the group ("gunmen from the BLA", "militants of the TTP").
        span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        head = span.root if span is not None else tok
        named = _mention_in_phrase(head, tok_actor, skip_attributed=True)
        if named is not None:
            mention = named
        else:
            guessed, mention, tok = mention, None, head
    if (
        mention is not None
        and mention.rule == "demonym"
        and (
            (tok.i not in tok_actor and lemma(tok) in people)
            or (
                tok_actor.get(tok.i) is mention
                and tok.tag_ in ("NNS", "NNPS")
                and mention.text.strip().lower() == tok.lower_
            )
        )
    ):
        # "Afghan workers", "15,000 Afghans": people of that nationality, not their state
        guessed, mention = mention, None
    thing = _national_thing(mention, tok) if require_actor and mention is not None else None
    if thing is not None:
        # "attacks on Chinese targets", "met executives of Russian Railways": what the act
        # is aimed at is the thing of that nationality, not its state (guide §1.3, the target
        # as described)
        guessed, mention, tok = mention, None, thing
    if mention is not None and mention.rule == "demonym" and tok_actor.get(tok.i) is not mention:
        # "the number of Afghans returning": the people counted inside the phrase
        people_tok = next(
            (
                t
                for t in tok.subtree
                if tok_actor.get(t.i) is mention
                and t.tag_ in ("NNS", "NNPS")
                and mention.text.strip().lower() == t.lower_
            ),
            None,
        )
        if people_tok is not None:
            guessed, mention, tok = mention, None, people_tok
    if mention is not None:
        text = mention.text
        whose = next(iter(_prep_objects(tok, ("of",))), None)
        if (
            mention.rule == "generic"
            and tok_actor.get(tok.i) is mention
            and lemma(tok) in people
            and whose is not None
            and whose.i - tok.i <= 4
        ):
            # "each family of the dead": an unnamed group is known by the words that say
            # whose it is
            text = tok.doc[tok.i : whose.i + 1].text
        ref = ActorRef(id=mention.actor_id, name=None, text=text)
        ref._tokens = {  # type: ignore[attr-defined]
            t.i
            for t in tok.doc.char_span(mention.start, mention.end, alignment_mode="expand") or []
        }
        ref._mention = mention  # type: ignore[attr-defined]
        return ref
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return None
    if tok.like_num:
        return None
    carried = next(iter(carried_loads(tok)), None)
    if carried is not None:
        # "fired on a vehicle carrying a survey team", "rammed a car into a convoy carrying
        # Chinese engineers": the people it carried were the target
        return _ref_for(carried, tok_actor, lex, require_actor=require_actor, people=people)
    if lemma(tok) in _PLACE_NOUNS or (
        tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ == "compound"
    ):
        return None  # "Bannu district", "the South Waziristan attack": where, not who
    is_actor = (
        guessed is not None
        or tok.ent_type_ in _ENT_ACTOR_LABELS
        or lemma(tok) in lex.actor_nouns
        or tok.lower_ in lex.actor_nouns
        or lemma(tok) in lex.anaphoric_nouns
        or _misread_plural(tok) in lex.actor_nouns | lex.anaphoric_nouns
        or any(c.dep_ == "compound" and c.ent_type_ in _ENT_ACTOR_LABELS for c in tok.children)
        or _party_slot(tok)
    )
    if not is_actor:
        return None
    text, toks = _np_text(tok)
    ref = ActorRef(id=None, name=None, text=text)
    ref._tokens = toks  # type: ignore[attr-defined]
    ref._head = tok  # type: ignore[attr-defined]
    return ref


def _misread_plural(tok: Token) -> str:
    """The singular of a capitalised plural the tagger took for a name ("BANNU, Pakistan —
    Militants attacked ...": a dateline's first word is read as a proper noun, so its lemma
    keeps the plural), else ""."""
    if tok.tag_ != "NNPS" or tok.ent_type_ or not tok.lower_.endswith("s"):
        return ""
    return tok.lower_[:-1]


def _named_members(
    head: Token, tok_actor: dict[int, ActorMention], lex: Lexicon, cues: RecipientCues
) -> ActorRef | None:
    """The group a count of people names inside its own phrase: "nine people, including six
    soldiers", "nine people, six of them soldiers", "19 people whom they described as
    civilians" (the victims' group, which the guide codes rather than "people")."""
    found: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "among"):
            found.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "appos":
            found.append(c)
        elif c.dep_ == "relcl" and lemma(c) in ("describe", "identify", "list"):
            found.extend(_prep_objects(c, ("as",)))
    if head.dep_ in ("dobj", "nsubjpass", "pobj"):
        # "killing four people, among them a deputy minister": the parser makes the named
        # member a second object of the verb, with "among them" hung on it
        found.extend(
            s
            for s in head.head.children
            if s.i > head.i
            and s.dep_ in (head.dep_, "dep", "npadvmod", "appos")
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("among", "including")
                and any(p.dep_ == "pobj" and p.lower_ in ("them", "whom") for p in c.children)
                for c in s.children
            )
        )
    for tok in found:
        ref = _ref_for(tok, tok_actor, lex, require_actor=True, people=cues.people_nouns)
        if ref is not None and lemma(getattr(ref, "_head", tok)) not in cues.generic_people:
            return ref
    return None


def _party_slot(tok: Token) -> bool:
    """An object the verb's frame makes a party, whatever the noun: "accused foreign networks
    of trying ...", "urged donors to fund ..." (someone who does the act that follows)."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.head.head.dep_ in ("dobj", "obj")
        and lemma(tok.head.head) in _PACT_NOUNS
    ):
        return True  # "signed a contract with a Chinese-led consortium": the other party
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    if tok.tag_ not in ("NNS", "NNPS") and tok.pos_ != "PROPN":
        return False  # "used tear gas to clear the road": a singular common noun is a means
    # "of" may hang on the verb or, misparsed, on the object itself
    for c in [*tok.head.children, *tok.children]:
        if c.i < tok.i:
            continue
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        ):
            return True
        if c.dep_ == "xcomp" and has_to_marker(c):
            return True
    return False


_PLURAL_PRONOUNS = {"they", "them"}


CARRYING_VERBS = frozenset({"carry", "transport", "ferry"})


def carried_loads(tok: Token) -> list[Token]:
    """What a vehicle or convoy is said to carry: the objects of a "carrying", "transporting"
    or "ferrying" participle on `tok` ("a bus carrying pilgrims" → pilgrims)."""
    return [
        o
        for c in tok.children
        if c.dep_ == "acl"
        and lemma(c) in CARRYING_VERBS
        # "accused the forces of carrying out the strike": a deed, not a load
        and not any(k.dep_ == "prt" for k in c.children)
        for o in c.children
        if o.dep_ in ("dobj", "obj")
    ]


_AUTHORING_VERBS = load_cues().authoring_verbs


# hyphened participles that make the noun the party's own ("an SCO-related forum")
_BELONGING_PARTICIPLES = frozenset({"relate"})

_SPONSOR_VERBS = {"lead", "back", "fund", "sponsor", "support", "own", "run"}

# nouns for the party on the other side of a relation with whoever they are said of
_COUNTERPART_NOUNS = frozenset(
    {"neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent", "critic"}
)


def _anaphor_kind(tok: Token, ref: ActorRef | None, lex: Lexicon) -> str | None:
    """How an argument phrase refers back: "pron" (they), "def" (the attackers), "poss" (its
    fighters) or "pair" (the two sides); None for a phrase that names its actor itself."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return "pron"
    if ref is None and tok.lower_ == "it" and tok.dep_ == "nsubj":
        # "It called on Kabul to ...": an organisation the linker left unresolved
        return "it"
    if (
        ref is None
        and tok.lower_ == "two"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(k.dep_ == "det" and k.lower_ == "the" for k in tok.children)
    ):
        # "X met Y, and the two agreed to ...": the two parties just told of
        return "duo"
    if ref is None:
        return None
    mention = getattr(ref, "_mention", None)
    word = lemma(tok)
    kids = list(tok.children)
    if (
        mention is not None
        and mention.text.strip().lower() in ("its", "their")
        and any(k.dep_ == "poss" and k.lower_ == mention.text.strip().lower() for k in kids)
        and (word in lex.actor_nouns or word in lex.anaphoric_nouns)
    ):
        # "the NRF said its fighters ...": the linker's guess at the possessor (a clause
        # subject, possibly a misparsed dateline) yields to the speaker when there is one
        return "poss"
    if any(
        k.dep_ == "poss"
        and lemma(k) in lex.pair_nouns
        and any(x.lower_ in ("both", "two") for x in k.children)
        for k in kids
    ):
        # "the two sides' border commanders were to meet": each side's, one party each
        return "pair"
    if (
        word in lex.pair_nouns
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(k.dep_ == "det" and k.lower_ == "each" for k in kids)
    ):
        # "each side blamed the other": both parties act, one row per direction (guide §1.3)
        return "pair"
    if word in lex.pair_nouns and any(k.lower_ == "all" for k in kids):
        # "urged all sides to let health workers work": an appeal to no party in particular
        return "everyone"
    if word in lex.pair_nouns and any(k.lower_ == "three" for k in kids):
        # "the three governments": each party, whichever one the linker settled on
        return "trio"
    if word in lex.pair_nouns and any(k.lower_ in ("both", "two") for k in kids):
        # "urged both governments": two parties, whichever one the linker settled on
        return "pair"
    if ref.id and not ref.id.startswith("prov:") and (mention is None or mention.rule != "generic"):
        return None
    if word in lex.pair_nouns and (
        any(k.lower_ in ("both", "two", "three") for k in kids)
        or any(k.lower_ == "each" for k in tok.head.children)
    ):
        return "pair"
    if any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in kids) and (
        word in lex.actor_nouns or word in lex.anaphoric_nouns
    ):
        return "poss"
    if word not in lex.anaphoric_nouns and tok.lower_ not in lex.anaphoric_nouns:
        return None
    if any(k.dep_ == "det" and k.lower_ in _DEFINITE_DETS for k in kids):
        return "def"
    if tok.dep_ in ("dobj", "nsubjpass") and any(k.dep_ == "nummod" for k in kids):
        # "troops killed 11 attackers", "two assailants were killed": a count of the
        # attackers already told of, as victims of the response
        return "def"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        return None
    if (
        tok.dep_ == "nsubj"
        and any(k.dep_ == "nummod" for k in kids)
        and not any(k.dep_ in ("det", "poss", "compound", "amod") for k in kids)
    ):
        # "According to police, about 40 militants blocked the road": a count of the
        # attackers the story has just told of, giving the details of the same incident
        return "count"
    return None


# things a nationality adjective qualifies without standing for its state ("Chinese targets")
_NATIONAL_THINGS = frozenset(
    {
        "target",
        "interest",
        "asset",
        "project",
        "investment",
        "railways",
        "company",
        "firm",
        "business",
        "team",
    }
)


def _national_thing(mention: ActorMention, tok: Token) -> Token | None:
    """The noun a nationality adjective inside `tok`'s phrase qualifies, when it is a thing
    that does not stand for the state ("Chinese targets", "Russian Railways")."""
    if mention.rule != "demonym":
        return None
    span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    adj = span.root
    head = adj.head
    if adj.dep_ not in ("amod", "compound") or head.i == adj.i:
        return None
    if not ({lemma(head), head.lower_} & _NATIONAL_THINGS):
        return None
    if head.i != tok.i and not tok.is_ancestor(head):
        return None
    return head


# unnamed people who speak or act for a body named after of/for/from
_AGENT_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "representative",
        "envoy",
        "delegate",
        "delegation",
        "member",
        "officer",
        "commander",
    }
)
