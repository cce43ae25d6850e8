"""Entity linking: spaCy entities, ruler matches, titles, generic nouns and pronouns → actors and
places.

Two passes per document. The first collects the countries the text points to (its focus), the
second links each mention with the first rule that applies, in this order: sub-actor (a country
word followed by "army", "foreign ministry", ...), title ("the Taliban's foreign minister"),
metonymy (a capital or country name acting as a speaker), name/alias, demonym, short form of a
person named earlier, fuzzy match, and finally a provisional actor. Then the phrases without a
name: a subsidiary of a named body ("the Islamic State's Khorasan branch"), generic nouns
("police", "officials", "gunmen" — the service or government of the sentence's country, the
armed group the article attributes the attack to), a body's head noun ("the mission") and
pronouns ("He", "It" — the subject of the previous sentence when it agrees, else the last person
of the matching gender; "his" only within its own sentence). A place a body's name holds ("the UN
mission in Afghanistan") is also a place mention. Every mention records the rule that linked it
so an analyst can audit and correct the knowledge base.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from rapidfuzz import fuzz, process

from watchfloor.kb.actors import KnowledgeBase, normalize, slugify
from watchfloor.kb.gazetteer import Gazetteer
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorMention, Place, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that make a place name act as a government ("Islamabad said", "Kabul rejected").
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "announce",
        "claim",
        "deny",
        "reject",
        "accuse",
        "blame",
        "warn",
        "urge",
        "demand",
        "insist",
        "condemn",
        "welcome",
        "call",
        "ask",
        "vow",
        "threaten",
        "respond",
        "reply",
        "protest",
        "summon",
        "agree",
        "refuse",
        "decide",
        "want",
        "criticise",
        "criticize",
        "dismiss",
        "allege",
        "confirm",
        "acknowledge",
        "add",
        "note",
        "stress",
        "reiterate",
        "assert",
        "express",
        "push",
        "seek",
        "sign",
        "offer",
        "propose",
        "hit",
        "strike",
        "retaliate",
        "expel",
        "deport",
        "close",
        "reopen",
        "invite",
        "host",
        "send",
        "appoint",
        "recognize",
        "recognise",
        "oppose",
        "support",
        "back",
        "pledge",
        "promise",
        "maintain",
        "argue",
        "suggest",
        "hope",
        "expect",
        "fear",
        "believe",
        "plan",
    ]
)
# Verbs of saying only (SPEECH_VERBS also has the acts a speaker's subject performs).
REPORTING_VERBS = frozenset(
    ["say", "tell", "state", "announce", "claim", "deny", "add", "note", "insist", "confirm"]
    + ["allege", "warn", "write", "report", "stress", "reiterate", "assert", "explain"]
)
LOCATIVE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "into",
        "inside",
        "within",
        "across",
        "outside",
        "around",
        "toward",
        "towards",
        "through",
        "to",
        "along",
        "between",
        "on",
        "off",
        "via",
        "over",
    ]
)
# Head nouns after a demonym that mean the state itself ("Pakistani officials").
GOVERNMENT_NOUNS = frozenset(
    [
        "official",
        "officials",
        "government",
        "authorities",
        "authority",
        "administration",
        "diplomat",
        "diplomats",
        "delegation",
        "leaders",
        "leadership",
        "state",
        "regime",
        "envoy",
        "ambassador",
        "embassy",
        "negotiators",
        "side",
        "counterpart",
        "counterparts",
        "minister",
        "ministers",
        "cabinet",
    ]
)
# Generic nouns events need as participants even without a name: lemma → (sector, role).
# A role maps to the focus country's state body; otherwise a provisional generic actor.
GENERIC_NOUNS: dict[str, tuple[str, str | None]] = {
    "militant": ("REB", None),
    "gunman": ("REB", None),
    "attacker": ("REB", None),
    "insurgent": ("REB", None),
    "terrorist": ("REB", None),
    "bomber": ("REB", None),
    "suicide bomber": ("REB", None),
    "infiltrator": ("REB", None),
    "assailant": ("REB", None),
    "fighter": ("REB", None),
    "rebel": ("REB", None),
    "jihadist": ("REB", None),
    "police": ("COP", "police"),
    "policeman": ("COP", "police"),
    "police officer": ("COP", "police"),
    "soldier": ("MIL", "military"),
    "troops": ("MIL", "military"),
    "troop": ("MIL", "military"),
    "security forces": ("MIL", "military"),
    "security force": ("MIL", "military"),
    "security personnel": ("MIL", "military"),
    "security official": ("MIL", "military"),
    "armed forces": ("MIL", "military"),
    "border forces": ("MIL", "military"),
    "border force": ("MIL", "military"),
    "border guard": ("MIL", "military"),
    "air force": ("MIL", "military"),
    "jet": ("MIL", "military"),
    "warplane": ("MIL", "military"),
    "officer": ("COP", "police"),
    "constable": ("COP", "police"),
    "army": ("MIL", "military"),
    "military": ("MIL", "military"),
    "civilian": ("CVL", None),
    "worshipper": ("CVL", None),
    "resident": ("CVL", None),
    "villager": ("CVL", None),
    "passenger": ("CVL", None),
    "protester": ("CVL", None),
    "child": ("CVL", None),
    "woman": ("CVL", None),
    "girl": ("CVL", None),
    "relative": ("CVL", None),
    "family": ("CVL", None),
    "elder": ("CVL", None),
    "activist": ("CVL", None),
    "analyst": ("CVL", None),
    "driver": ("LAB", None),
    "labourer": ("LAB", None),
    "laborer": ("LAB", None),
    "trader": ("BUS", None),
    "herder": ("AGR", None),
    "farmer": ("AGR", None),
    "doctor": ("MED", None),
    "nurse": ("MED", None),
    "teacher": ("EDU", None),
    "cleric": ("REL", None),
    "smuggler": ("CRM", None),
    "separatist": ("REB", None),
    "lawmaker": ("LEG", "legislature"),
    "parliament": ("LEG", "legislature"),
    "legislator": ("LEG", "legislature"),
    "rights group": ("NGO", None),
    "rights organisation": ("NGO", None),
    "rights organization": ("NGO", None),
    "refugee": ("REF", None),
    "migrant": ("REF", None),
    "returnee": ("REF", None),
    "student": ("EDU", None),
    "journalist": ("JRN", None),
    "security source": ("MIL", "military"),
    "people": ("CVL", None),
    "person": ("CVL", None),
    "man": ("CVL", None),
    "rioter": ("CVL", None),
    "national": ("CVL", None),
    "member": ("CVL", None),
    "economist": ("CVL", None),
    "worker": ("LAB", None),
    "employee": ("LAB", None),
    "suspect": ("CRM", None),
    "facilitator": ("CRM", None),
    "diplomat": ("GOV", None),
    # third parties a report cites or a policy addresses: annotated as actors in their own right
    "donor": ("GOV", None),
    "aid agency": ("NGO", None),
    "aid agencies": ("NGO", None),
    "member state": ("GOV", None),
    "member states": ("GOV", None),
    "witness": ("CVL", None),
    "grower": ("AGR", None),
    "exporter": ("BUS", None),
    "investor": ("BUS", None),
    "researcher": ("EDU", None),
    "international community": ("UNK", None),
    "intelligence service": ("SPY", None),
    "intelligence services": ("SPY", None),
    "source": ("UNK", None),
    "neighbour": ("UNK", None),
    "neighbor": ("UNK", None),
    "perpetrator": ("REB", None),
    "detainee": ("CVL", None),
    "foreigner": ("CVL", None),
    # plural forms only: the singulars are anaphors or owned nouns with rules of their own
    "governments": ("GOV", None),
    "states": ("GOV", None),
    "networks": ("UNK", None),
    "groups": ("UNK", None),
    "directors": ("CVL", None),
}
LEXICON_FILE = Path(__file__).parent / "data" / "linker_nouns.yaml"


def _load_lexicon(raw: bytes) -> dict[str, Any]:
    data = yaml.safe_load(raw) or {}
    return data if isinstance(data, dict) else {}


_LEXICON_BYTES = LEXICON_FILE.read_bytes()
_LEXICON = _load_lexicon(_LEXICON_BYTES)
# part of the linker's version: editing the word lists invalidates cached analyses
_LEXICON_DIGEST = hashlib.sha256(_LEXICON_BYTES).hexdigest()[:8]
# the data file extends the core list; an entry there never overrides one here
for _noun, (_sector, _role) in (_LEXICON.get("generic_nouns") or {}).items():
    GENERIC_NOUNS.setdefault(str(_noun), (str(_sector), _role))
# Generic nouns for bodies and buildings, never the antecedent of "he" or "she".
NON_PERSON_NOUNS = frozenset(_LEXICON.get("non_person_nouns") or [])
LISTED_STATUS = frozenset(_LEXICON.get("listed_status") or [])
NOMINAL_ADJECTIVES = frozenset(_LEXICON.get("nominal_adjectives") or [])
CREATION_VERBS = frozenset(_LEXICON.get("creation_verbs") or [])
STATE_BODY_PHRASES = frozenset(_LEXICON.get("state_body_phrases") or [])
# first words of the two-word entries ("suicide bomber", "asylum seeker")
COMPOUND_FIRST_WORDS = frozenset(k.split()[0] for k in GENERIC_NOUNS if " " in k)
TERRITORY_NOUNS = frozenset(
    [
        "soil",
        "territory",
        "land",
        "border",
        "borders",
        "side",
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "airspace",
        "nationals",
        "national",
        "citizen",
        "citizens",
        "capital",
        "currency",
        "language",
        "origin",
        # "a railway that would link Uzbekistan to Pakistani ports": places of a state
        "port",
        "harbour",
        "harbor",
        "coast",
        "coastline",
        "waters",
        "frontier",
    ]
)
PRONOUNS_PERSON = frozenset({"he", "she"})
# Generic nouns that only name a participant when nothing narrows them ("officers said", not
# "army officers" or "bank officers").
BARE_ONLY = frozenset({"officer", "constable", "jet", "warplane"})
# what befell them leaves such a noun bare: "the outnumbered constables", "wounded officers"
PLIGHT_MODIFIERS = NOMINAL_ADJECTIVES | frozenset(["outnumbered", "besieged", "surrounded"])
# "officials", "the authorities", "the government" with no owner: the state the passage is about.
BARE_GOVERNMENT = frozenset(
    ["official", "officials", "authorities", "authority", "government", "administration"]
    # "the leadership in Kandahar", "leverage over the new rulers"
    + ["leadership", "ruler", "rulers"]
    # "as ministers defended the government's line": the cabinet of the state in question
    + ["ministers"]
    # "inspectors visited the clinics": officials sent out to enforce a rule, the state's
    + ["inspector", "inspectors"]
)
# Modifiers that keep such a noun unowned ("the federal government", "senior officials").
NEUTRAL_MODIFIERS = frozenset(
    ["federal", "central", "national", "senior", "top", "interim", "government", "state", "new"]
)
# Modifiers that place officials in the state's own hierarchy ("local administration officials",
# "the district administration").
LOCAL_MODIFIERS = frozenset(
    ["local", "provincial", "district", "regional", "city", "municipal", "administration"]
)
PUBLIC_TIERS = frozenset(["provincial", "district", "federal", "municipal"])
SUBNATIONAL_TIERS = frozenset(["provincial", "district", "municipal"])
# Heads of a noun phrase that name a person by function ("Pakistan's ambassador ... He said").
PERSON_ROLE_NOUNS = frozenset(
    [
        "ambassador",
        "envoy",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "representative",
        "chief",
        "head",
        "president",
        "commander",
        "director",
        "governor",
        "secretary",
        "premier",
        "leader",
        "justice",
    ]
)
SPOKES_NOUNS = frozenset(["spokesperson", "spokesman", "spokeswoman"])
# Last words of titles that are not role nouns on their own ("Secretary-General").
TITLE_HEADS = frozenset(["general", "rapporteur", "envoy", "ambassador", "chief"])
# Last words of the name of a state organ ("Commerce Ministry", "Planning Commission").
STATE_BODY_WORDS = frozenset(
    ["ministry", "department", "division", "directorate", "commission", "authority", "board"]
)
# Words that, with a country as possessor, make an unknown name one of its organs
# ("Tajikistan's State Committee for National Security").
ORGAN_WORDS = frozenset(["committee", "council", "agency", "service", "bureau", "ministry"])
# Head words of an organisation's name the tagger may miss ("Islamabad Institute of Strategic
# Studies"), lower-case words that join such a name, and nouns that put a bare name in
# apposition ("the state news agency RIA", "the think tank Tabadlab").
ORG_NAME_HEADS = frozenset(_LEXICON.get("organisation_heads") or [])
NAME_JOINERS = frozenset(["of", "for", "and", "on", "&"])
MEDIA_NOUNS = frozenset(_LEXICON.get("media_nouns") or [])
NAMED_KIND_NOUNS = MEDIA_NOUNS | frozenset(_LEXICON.get("named_kind_nouns") or [])
# Any of these in a short name the tagger calls an organisation keeps it one (see
# `_person_tagged_as_org`).
ORGANISATION_WORDS = (
    frozenset(_LEXICON.get("organisation_words") or [])
    | ORG_NAME_HEADS
    | NAMED_KIND_NOUNS
    | STATE_BODY_WORDS
    | ORGAN_WORDS
)
# "an eradication team": teams named by a task a state performs.
TEAM_NOUNS = frozenset(["team", "squad", "crew"])
STATE_TASKS = frozenset(_LEXICON.get("state_tasks") or [])
# Modifiers that make "the administration" an earlier one, not the state's present government.
PAST_MODIFIERS = frozenset(
    ["previous", "former", "past", "outgoing", "ousted", "toppled", "erstwhile", "preceding"]
)
# Modifiers that make a title-holder a past one, who speaks for themselves, not the office.
FORMER_WORDS = frozenset(_LEXICON.get("former_modifiers") or ["former", "ex"])
OFFICE_HOLDER_NOUNS = PERSON_ROLE_NOUNS | frozenset(_LEXICON.get("office_holder_nouns") or [])
# "Qatar has been in contact with ...": states of relation whose subject acts as a party.
RELATION_NOUNS = frozenset(
    [
        "contact",
        "talk",
        "talks",
        "touch",
        "negotiation",
        "discussion",
        "dialogue",
        "war",
        "conflict",
    ]
)
# Heads after a demonym that belong to the armed forces ("Pakistani border posts").
MILITARY_HEADS = frozenset(
    ["post", "posts", "checkpost", "checkposts", "outpost", "base", "artillery", "aircraft"]
    + ["drone", "drones", "helicopter", "helicopters", "gunship", "gunships", "convoy"]
    + list(_LEXICON.get("military_heads") or [])
)


def _military_head(tok: Token) -> bool:
    """A head noun of the armed forces' own things ("posts", "drones"), in either form."""
    return tok.lower_ in MILITARY_HEADS or tok.lemma_.lower() in MILITARY_HEADS


# "Tehran is ready to ...": dispositions only an actor has.
WILLING_WORDS = frozenset(
    ["ready", "willing", "prepared", "determined", "committed", "keen", "eager", "unwilling"]
    + ["reluctant", "open", "unable", "able", "concerned", "opposed"]
    # conduct: "China has been notably cautious in public", "Tehran has stayed silent"
    + ["cautious", "careful", "wary", "silent", "quiet", "vocal", "adamant", "firm", "critical"]
)
# Nouns a country name after "with"/"between" locates rather than acts in ("the border between").
PLACE_HEADS = frozenset(
    ["border", "frontier", "road", "highway", "railway", "line", "crossing", "area", "region"]
    + ["route", "corridor", "trade", "flight", "travel", "journey", "transit"]
)
# Verbs whose partner or object is a location: "borders with Iran", "visited Kabul to meet".
PLACE_VERBS = frozenset(
    ["border", "travel", "fly", "visit", "reach", "enter", "leave", "tour", "return", "move"]
    + ["flee", "cross", "connect", "link", "drive", "head", "arrive"]
)
# Verbs whose object is a party being moved to act: "persuade Kabul", "pressed Islamabad".
PRESSURE_VERBS = frozenset(
    ["persuade", "pressure", "pressurise", "pressurize", "press", "drag", "force", "compel"]
    + ["convince", "encourage", "engage", "isolate", "sanction", "punish", "lobby", "court"]
    + ["reassure", "hold", "help", "allow", "prevent", "deter", "provoke", "blackmail"]
    # told or weighed as a party: "had informed Kabul of", "would judge Kabul by actions"
    + ["inform", "notify", "brief", "assure", "judge", "trust", "thank"]
)
# "Beijing has been the Taliban's closest partner": what only a party to relations can be.
PARTNER_NOUNS = frozenset(
    ["partner", "ally", "backer", "supporter", "sponsor", "patron", "donor", "investor"]
    + ["lender", "creditor", "mediator", "guarantor", "rival", "adversary", "enemy", "friend"]
)
# A relative clause with these only describes a place: "Kabul, which lies on the river".
STATIVE_VERBS = frozenset(
    ["be", "have", "lie", "sit", "stand", "border", "remain", "share", "house", "contain"]
    + ["stretch", "straddle", "overlook", "host"]
)
# People acting for a state: "mediators from Qatar", "a delegation from China".
PARTY_NOUNS = frozenset(
    ["mediator", "delegation", "delegate", "official", "diplomat", "envoy", "representative"]
    + ["negotiator", "minister", "team", "observer"]
)
# Modifiers of "officials" that still make them the state's ("security officials", "border
# officials"), whatever else narrows them.
STATE_WORDS_FOR_OFFICIALS = frozenset(_LEXICON.get("state_official_modifiers") or [])
# Words of a press office's names: it speaks for a service but has no soldiers of its own.
PRESS_OFFICE_WORDS = frozenset(_LEXICON.get("press_office_words") or [])
# "a security checkpoint": posts a state's forces man, a party to attacks on them.
SECURITY_POSTS = frozenset(_LEXICON.get("security_posts") or [])
# Words after a name that make it a place whatever the tagger said ("Kant air base").
PLACE_KIND_WORDS = frozenset(_LEXICON.get("place_kind_words") or [])
# "protests from Kabul", "troops from Russia": nouns whose "from X" names who acts.
SOURCE_NOUNS = frozenset(_LEXICON.get("source_nouns") or [])
# "a message to Washington": nouns whose "to X" names a party addressed, not a destination.
ADDRESS_NOUNS = frozenset(_LEXICON.get("address_nouns") or [])
# "deliver helicopters to Dushanbe": verbs whose "to X" names the party that receives.
DELIVERY_VERBS = frozenset(_LEXICON.get("delivery_verbs") or [])
# "the hand of New Delhi": nouns whose "of" names who acts or stands for something.
STANCE_NOUNS = frozenset(
    ["hand", "role", "involvement", "support", "backing", "position", "stance", "participation"]
    + ["demand", "decision", "request", "policy", "behalf", "complicity", "interference"]
)
# What a body answers with: "the Islamic Emirate's response was swift. Its ..." is the body.
RESPONSE_NOUNS = frozenset(["response", "reaction", "reply", "answer", "verdict", "line"])
# "the mission", "the council": a body named earlier in the text, found by its head noun.
BODY_ANAPHORS = frozenset(
    [
        "mission",
        "council",
        "ministry",
        "office",
        "department",
        "agency",
        "commission",
        "committee",
        "team",
        "assembly",
        "alliance",
        "bloc",
        "movement",
        "front",
        "network",
        "organisation",
        "organization",
        "resistance",  # "helping the resistance" after "National Resistance Front"
        "coalition",
        "delegation",  # "An Indian delegation arrived ... The delegation met officials"
    ]
)
# "the Islamic State's Khorasan branch": a subsidiary (`parent:` in the KB) of the named body.
BRANCH_NOUNS = frozenset(["branch", "affiliate", "wing", "chapter", "offshoot", "franchise"])
# "the Russia-led bloc", "the alliance": an intergovernmental body named earlier, even when its
# name does not contain the word.
IGO_ANAPHORS = frozenset(
    ["bloc", "alliance", "grouping", "coalition", "organisation", "organization"]
)
# "envoys from China and Iran": diplomats whose "from X" names the state they represent.
DIPLOMAT_NOUNS = frozenset(_LEXICON.get("diplomat_nouns") or [])
# Role nouns by which an article names a state's diplomat ("Pakistan's special representative,
# Mohammad Sadiq").
ENVOY_NOUNS = DIPLOMAT_NOUNS | frozenset(["representative"])
# "the convoy", "the patrol": the armed service the passage shows acting.
UNIT_ANAPHORS = frozenset(["convoy", "patrol", "unit", "contingent", "column", "detachment"])
# "the envoy said", "the foreign minister added": a role holder named earlier in the article.
ROLE_ANAPHORS = PERSON_ROLE_NOUNS - {"official", "head", "representative"}
# Words that qualify a role without narrowing it ("the acting minister" is the minister).
ROLE_NEUTRAL = frozenset(["acting", "interim", "caretaker", "current", "top", "senior", "new"])
# "The report said": its publisher, only when the text says who published it.
REPORT_ANAPHORS = frozenset(
    ["report", "study", "assessment"] + list(_LEXICON.get("document_nouns") or [])
)
# What a document does with its findings, as a speaker says ("The survey found that ...").
FINDING_VERBS = frozenset(_LEXICON.get("finding_verbs") or [])
# What may stand before a document noun that points back to it ("this report", "the latest
# report", "these reports" for a series by the same authors).
DOCUMENT_DETERMINERS = frozenset(["the", "this", "these", "that"])
DOCUMENT_NEUTRAL = frozenset(["latest", "new", "full", "same", "recent", "final", "whole"])
# What a report says, standing for its authors as much as the report does ("rejected the findings").
REPORT_CONTENT = frozenset(["finding"])
# People an article counts as members of a group once it has said whose they are.
COLLECTIVE_MEMBERS = frozenset(["commander", "individual", "member", "operative", "cadre"])
# "the two countries", "both sides": a set of states the number fixes.
STATE_SET_NOUNS = frozenset(
    ["side", "country", "neighbour", "neighbor", "nation", "government", "capital", "state"]
)
PLURAL_COLLECTIVES = frozenset(["police"])
# "military operations": acts that name the armed forces as their agent.
MILITARY_ACTS = frozenset(
    ["operation", "offensive", "campaign", "action", "strike", "raid", "crackdown", "assault"]
)
# "CRSS published a report" makes CRSS its author; "Mujahid dismissed the report" does not.
PUBLISH_VERBS = frozenset(
    ["publish", "release", "issue", "prepare", "produce", "compile", "present", "submit"]
    + ["launch", "write", "draft", "circulate", "send", "put", "post", "share", "file"]
)
# People of an armed service (not the service's own name, "the military").
SERVICE_MEMBERS = frozenset(["soldier", "troop", "troops", "policeman", "constable", "guard"])
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
STATE_SECTORS = frozenset(["GOV", "MIL", "COP", "SPY", "LEG", "JUD"])
# "al-Qaeda members": people counted as the body they belong to.
MEMBER_NOUNS = frozenset(["member", "operative", "cadre", "commander", "loyalist"])
# Role holders that belong to a government even when the article never names them.
GOVERNMENT_ROLE_NOUNS = frozenset(["minister", "governor", "justice"])
# Verbs whose "it" is usually no body ("It remains unclear", "It took hours").
IMPERSONAL_VERBS = frozenset(
    ["be", "seem", "appear", "remain", "take", "become", "happen", "come", "mean", "matter"]
    + ["follow", "emerge", "rain", "cost", "add", "last", "go", "get"]
)
# "The statement said": the words of whoever issued it.
SOURCE_ANAPHORS = frozenset(["statement", "communique", "communiqué"])
# "Indian-sponsored", "Iranian-backed": the state acting through others
PATRON_PARTICIPLES = frozenset(
    ["sponsored", "backed", "funded", "financed", "supported", "armed", "trained", "mediated"]
    + ["brokered"]
)
# "the kingdom", "the sultanate": a country by the style of its official name
COUNTRY_STYLES = frozenset(["kingdom", "sultanate"])
# One person speaking for a body: "an official of the Foreign Office" is the Foreign Office
STAFF_NOUNS = frozenset(["official", "spokesman", "spokesperson", "spokeswoman"])
RESPONSIBILITY_VERBS = frozenset(["claim", "accept", "admit", "own"])
# Kind nouns a name in apposition identifies ("a rights group, Amnesty International").
APPOSED_KIND_NOUNS = frozenset(
    ["group", "outfit", "organisation", "organization", "faction", "militia", "charity", "party"]
)
# Sectors of bodies a reporter also calls "the group": rights groups, aid agencies, parties.
CIVIL_GROUP_SECTORS = frozenset(["NGO", "HRI", "PTY"])
GROUP_ANAPHORS = frozenset(
    {"group", "outfit", "organisation", "organization", "militant group", "cell"}
    | set(_LEXICON.get("group_anaphors") or [])
)
# "the Foreign Office said the country would act": the speaker's own state.
COUNTRY_ANAPHORS = frozenset(["country"] + list(_LEXICON.get("country_anaphors") or []))
# Every word `_link_pronouns` resolves: no other token can meet any of its rules.
ANAPHORIC_WORDS = (
    PRONOUNS_PERSON
    | GROUP_ANAPHORS
    | frozenset({"it", "they", "them", "its", "his", "her", "him", "their", "party"})
    | COUNTRY_ANAPHORS
)
# "the men", "the suspects": the people the last sentences counted as an armed group's.
PEOPLE_ANAPHORS = frozenset(["man", "suspect"])
SECTOR_CUES: list[tuple[str, str]] = [
    ("police", "COP"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("force", "MIL"),
    ("corps", "MIL"),
    ("brigade", "REB"),
    ("militant", "REB"),
    ("lashkar", "REB"),
    ("jaish", "REB"),
    ("tehreek", "REB"),
    ("tehrik", "REB"),
    ("liberation", "REB"),
    ("front", "REB"),
    ("movement", "REB"),
    ("group", "REB"),
    ("ministry", "GOV"),
    ("government", "GOV"),
    ("council", "GOV"),
    ("department", "GOV"),
    ("commission", "GOV"),
    ("party", "PTY"),
    ("league", "PTY"),
    ("university", "EDU"),
    ("school", "EDU"),
    ("hospital", "MED"),
    ("court", "JUD"),
    ("bank", "BUS"),
    ("company", "BUS"),
    ("news", "JRN"),
    ("television", "JRN"),
    ("red crescent", "NGO"),
    ("foundation", "NGO"),
]
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
POSSESSIVES = frozenset(["'s", "\u2019s"])
DATELINE_DASHES = frozenset(["\u2014", "\u2013", "-", "--", ":"])
# Tags of a verb that can follow its subject directly ("Pakistan closed", "Kabul has").
FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Towns below this size abroad, in a country the article never names, are taken for namesakes
# of a local place the gazetteer lacks (`Linker._stray_namesake`).
SMALL_PLACE_POPULATION = 20000
# modifiers that put a guard, escort or patrol in one service rather than its usual one
SERVICE_MODIFIERS = {"military": "military", "army": "military", "police": "police"}
# Buildings named after a person or saint ("the Imam Zaman mosque"): `Linker._named_sites`.
SITE_NOUNS = frozenset(_LEXICON.get("site_nouns") or [])
# "officials in Islamabad": people of a government named by its seat (plural: "an official in
# Kabul" may be anyone's)
SEATED_BODY_NOUNS = frozenset(_LEXICON.get("seated_body_nouns") or [])
# bodies made of seats whose holders are "members" ("urged members not to ...")
SEATED_BODY_WORDS = frozenset(_LEXICON.get("seated_body_words") or [])
# "the deputy commissioner of Kurram": officers of a district's civil administration
ADMINISTRATOR_NOUNS = frozenset(_LEXICON.get("administrator_nouns") or [])
# "Taliban intelligence forces ... they": people a body's name before them makes its own
BODY_PEOPLE = SERVICE_MEMBERS | frozenset(["force", "fighter", "official", "personnel", "unit"])
# "the mission said it was appalled": what only a speaker feels (`Linker._link_pronouns`)
FEELING_PARTICIPLES = frozenset(_LEXICON.get("feeling_participles") or [])
# "trade officials in Kabul": a ministry's portfolio (`Linker._government_country`)
PORTFOLIO_WORDS = frozenset(_LEXICON.get("portfolio_words") or [])
# Portfolios run by services or companies of their own as much as by a ministry.
SERVICE_PORTFOLIOS = frozenset(["railway", "customs", "transport", "water", "energy"])
# Generic names of national bodies (`Linker._link_state_body_name`), normalized.
STATE_BODY_NAMES = frozenset(normalize(str(n)) for n in _LEXICON.get("state_body_names") or [])
# `Linker._person_tagged_as_org`: words that make a short capitalised name a body's, and the
# titles that make it a person's when apposed
SECTOR_CUE_WORDS = frozenset(cue for cue, _ in SECTOR_CUES)
PERSON_TITLE_WORDS = OFFICE_HOLDER_NOUNS | PERSON_ROLE_NOUNS | SPOKES_NOUNS
PERSON_TITLE_HEADS = PERSON_TITLE_WORDS | TITLE_HEADS


class Linker:
    VERSION = f"wf-linker-12-{_LEXICON_DIGEST}"

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self._provisional: dict[str, Actor] = {}  # normalised name|country|sector → actor
        # indexes over the provisional actors, so linking stays O(1) per mention however many
        # documents this linker has seen: by id, and names per (country, sector, kind)
        self._provisional_ids: dict[str, Actor] = {}
        self._provisional_peers: dict[tuple[str | None, str | None, str], dict[str, str]] = {}
        self._press_offices: dict[tuple[str, str, int], bool] = {}  # see `_press_office`
        self._titles = sorted({t.title for t in kb.titles}, key=lambda s: -len(s.split()))
        self._cues = sorted(
            {normalize(c): tpl.role for tpl in kb.templates for c in tpl.cues}.items(),
            key=lambda kv: -len(kv[0].split()),
        )
        # Lookup forms of the two lists above, so scanning a document costs one dict probe per
        # token (or per cue length) instead of a pass over every title and cue.
        self._titles_by_first: dict[str, list[tuple[str, list[str]]]] = {}
        self._titles_wordless = [t for t in self._titles if not t.split()]
        for title in self._titles:
            words = title.split()
            if words:
                self._titles_by_first.setdefault(words[0], []).append((title, words))
        self._cue_roles = dict(self._cues)
        self._cues_by_len: dict[int, dict[str, str]] = {}
        for cue, role in self._cues:
            self._cues_by_len.setdefault(len(cue.split()), {}).setdefault(cue, role)
        self._names = {a.id: a for a in kb.curated()}
        # last word of each curated person's names → the people it may stand for, and each
        # person's titles (see `_surname_with_title`)
        self._surnames: dict[str, set[str]] = {}
        for a in self._names.values():
            if a.kind != "person":
                continue
            for full in (a.name, *a.aliases):
                words = normalize(full).split()
                if len(words) > 1:
                    self._surnames.setdefault(words[-1], set()).add(a.id)
        self._titles_of: dict[str, list[str]] = {}
        for t in kb.titles:
            self._titles_of.setdefault(t.actor_id, []).append(normalize(t.title))
        # long aliases too: "Ministry for the Propagation of Virtue and Prevention of Vice"
        self._fuzzy_choices = {aid: normalize(a.name) for aid, a in self._names.items()}
        for aid, a in self._names.items():
            for k, alias in enumerate(a.aliases):
                if len(alias) >= 16:
                    self._fuzzy_choices[f"{aid}\t{k}"] = normalize(alias)

    # ---- entry point ----------------------------------------------------------------------
    def link(
        self, doc: Doc, *, published: date | None = None, title: str | None = None
    ) -> LinkedDoc:
        state = _State(doc, redirect=self.kb.speaks_for)
        focus = self._focus_countries(doc, state.focus_counts)
        state.focus = focus
        self._link_subactors(state)
        self._link_titles(state)
        self._link_branches(state)
        for tagged in doc.ents:
            ent = tagged
            if state.covered(tagged.start, tagged.end):
                rest = self._name_after_title(state, tagged)
                if rest is None:
                    continue
                ent = rest
            if ent.label_ == "ORG" and self._describes_known_person(doc, ent.end):
                state.block(ent.start, ent.end + 1)
                continue
            if (
                len(ent) == 1
                and not ent.ent_id_
                and ent.root.tag_ == "NNS"
                and not self.gazetteer.lookup(ent.text)
                and not self.kb.lookup(ent.text)
                and not self.kb.country_of_demonym(ent.text)
            ):
                # "Diplomats said", "Photographs released by the ministry": a capitalised
                # common noun the tagger took for a name; a participant noun is linked as one
                state.untagged.add(ent.start)
                continue
            if ent.label_ in PLACE_LABELS or (ent.label_ == "ORG" and ent.ent_id_ == "place"):
                self._link_place_like(state, ent)
            elif ent.label_ in ACTOR_LABELS:
                self._link_actor_like(state, ent)
        self._extend_possessed_names(state)
        self._link_untagged_names(state)
        self._link_named_appositions(state)
        self._link_surnames(state)
        self._link_state_sets(state)
        self._link_seated_staff(state)
        self._link_generic(state)
        self._link_owned_organs(state)
        self._link_body_anaphors(state)
        self._link_role_anaphors(state)
        self._un_report_author(state)
        self._link_documents(state)
        self._link_body_members(state)
        self._link_member_anaphors(state)
        self._named_diplomats(state)
        self._link_administrators(state)
        self._link_unnamed_roles(state)
        self._link_pronouns(state)
        self._link_first_person(state)
        self._link_house(state)
        self._link_country_styles(state)
        self._military_possessions(state)
        self._link_body_staff(state)
        self._link_statement_adjuncts(state)
        self._link_apposed_roles(state)
        self._reinforcements_owner(state)
        self._prefer_branch(state)
        self._places_in_names(state)
        self._named_sites(state)

        linked = LinkedDoc(doc=doc, published=published, title=title, focus_countries=focus)
        state.actor_mentions.sort(key=lambda m: m.start)
        state.place_mentions.sort(key=lambda m: m.start)
        linked.actor_mentions = state.actor_mentions
        linked.place_mentions = state.place_mentions
        for m in state.actor_mentions:
            if m.actor_id and m.actor_id not in linked.actors:
                actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
                if actor is not None:
                    linked.actors[m.actor_id] = actor
        for pm in state.place_mentions:
            if pm.place_id and pm.place_id not in linked.places:
                place = self.gazetteer.get(pm.place_id)
                if place is not None:
                    linked.places[pm.place_id] = place
        linked.new_actors = state.new_actors
        return linked

    def _extend_possessed_names(self, state: _State) -> None:
        """ "the UN Security Council's sanctions monitoring team": a body's unit written after
        the body's possessive is one mention of the body when its own names end with that
        phrase ("UN sanctions monitoring team"), so later "the monitors" can find it."""
        doc = state.doc
        for idx, m in enumerate(state.actor_mentions):
            actor = self.kb.get(m.actor_id or "")
            if m.rule not in ("name", "alias") or actor is None:
                continue
            if actor.kind in ("person", "country"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVES:
                continue
            names = [normalize(n) for n in (actor.name, *actor.aliases)]
            # the longest run of words after the possessive that ends one of the names (the
            # parser often misreads "sanctions monitoring team", so no tree is asked)
            for end in range(min(span.end + 5, len(doc)), span.end + 2, -1):
                run = doc[span.end + 1 : end]
                tail = normalize(run.text)
                if (
                    all(t.is_alpha for t in run)
                    and not state.covered(span.end, end)
                    and any(n.endswith(" " + tail) for n in names)
                ):
                    whole = doc[span.start : end]
                    state.actor_mentions[idx] = replace(m, end=whole.end_char, text=whole.text)
                    state.block(span.end, end)
                    break

    def _name_after_title(self, state: _State, ent: Span) -> Span | None:
        """ "Spokesperson Tahir Andrabi" tagged as one person: the title rule blocked its first
        word, the name itself is still to link."""
        if ent.label_ != "PERSON" or ent.ent_id_:
            return None
        k = ent.start
        while k < ent.end and state.covered(k, k + 1):
            k += 1
        if k == ent.start or ent.end - k < 2 or state.covered(k, ent.end):
            return None
        if any(m.start <= ent.start_char < m.end for m in state.actor_mentions):
            return None  # a mention, not a blocked title word, covers the start
        from spacy.tokens import Span  # already loaded: the caller holds one of its objects

        return Span(state.doc, k, ent.end, label=ent.label_)

    # ---- pass 1: focus ---------------------------------------------------------------------
    def _focus_countries(self, doc: Doc, counts: dict[str, float] | None = None) -> list[str]:
        counts = {} if counts is None else counts  # filled for the gazetteer's homonym choice
        for ent in doc.ents:
            iso3 = None
            if ent.ent_id_ and ent.ent_id_ != "place":
                actor = self.kb.get(ent.ent_id_)
                iso3 = actor.country if actor else None
                if iso3 is None and self.kb.countries.get(ent.ent_id_):
                    iso3 = ent.ent_id_
            elif ent.label_ == "NORP":
                iso3 = self.kb.country_of_demonym(ent.text)
            elif ent.label_ in PLACE_LABELS:
                # a place name counts towards the focus only when all its homonyms lie in one
                # country: "Bara" exists in Pakistan, India, Nigeria… and proves nothing
                countries = {p.country for p in self.gazetteer.lookup(ent.text) if p.country}
                iso3 = countries.pop() if len(countries) == 1 else None
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    # ---- rules -------------------------------------------------------------------------------
    def _country_of_modifier(self, span: Span) -> tuple[str | None, str]:
        """ISO3 (or actor id) a modifier span names: demonym, country name, capital, actor."""
        text = span.text
        iso3 = self.kb.country_of_demonym(text)
        if iso3:
            return iso3, "demonym"
        for actor in self.kb.lookup(text):
            if actor.kind == "country":
                return actor.id, "name"
        iso3 = self.kb.country_of_capital(text)
        if iso3:
            return iso3, "metonymy"
        return None, ""

    def _match_cue(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """Longest sub-actor cue starting at token i → (role, end token)."""
        # longest first, as the cue list is ordered; one normalisation per length
        for n, by_text in self._cues_by_len.items():
            if i + n <= len(doc):
                text = normalize(doc[i : i + n].text)
                if text in by_text:
                    return by_text[text], i + n
        return None

    def _link_subactors(self, state: _State) -> None:
        doc = state.doc
        for ent in doc.ents:
            if ent.label_ not in ("NORP", "GPE", "ORG"):
                continue
            if ent.ent_id_ and ent.ent_id_ != "place":
                actor = self.kb.get(ent.ent_id_)
                if actor is not None and actor.kind != "country":
                    continue
            iso3, how = self._country_of_modifier(ent)
            if not iso3:
                continue
            i = ent.end
            if i < len(doc) and doc[i].text in ("'s", "\u2019s", "'"):
                i += 1
            cue = self._match_cue(doc, i)
            if cue is None:
                continue
            role, end = cue
            if self._link_former_holder(state, ent.start, doc[end - 1], iso3):
                continue
            if self._describes_known_person(doc, end):
                state.block(ent.start, end + 1)
                continue
            if self._apposed_known_person(doc, end):
                continue  # "Moscow's envoy, Zamir Kabulov,": the person is linked by name
            holder = doc[end - 1].lemma_.lower()
            if holder in OFFICE_HOLDER_NOUNS | DIPLOMAT_NOUNS and self._apposed_known_person(
                doc, end, known_only=False
            ):
                # "China's envoy, Fu Cong,": a named diplomat the KB lacks is an actor of their
                # own (docs/annotation-guide.md §0, "?:Name"), not the ministry speaking
                continue
            if self._title_holder_at(doc, i, iso3):
                continue  # "Pakistan's army chief" is a person the KB knows: the title rule's
            actor_id = self.kb.named_organ(iso3, role)
            if actor_id and not state.covered(ent.start, end):
                state.add_actor(doc[ent.start : end], actor_id, how)

    def _title_holder_at(self, doc: Doc, i: int, owner: str) -> bool:
        """True when a title the KB gives one person of that owner starts at token i."""
        owners = {owner, self.kb.government_of(owner)}
        lowered = [t.lower_ for t in doc[i : i + 6]]
        for title in self._titles:
            words = title.split()
            if lowered[: len(words)] == words:
                holders = {t.actor_id for t in self.kb.titles_for(title) if t.of in owners}
                if len(holders) == 1:
                    return True
        return False

    def _describes_known_person(self, doc: Doc, i: int) -> bool:
        """ "Pakistan's Foreign Office spokesperson Shafqat Ali Khan": when the knowledge base
        knows the person in their own right, the body only describes them."""
        j, role = i, False
        while j < len(doc) and j - i < 6 and doc[j].ent_type_ != "PERSON":
            t = doc[j]  # the title words: "spokesperson", "Secretary-General", "Special Envoy"
            if t.text != "-" and not t.is_title and t.lower_ not in PERSON_ROLE_NOUNS:
                return False
            role = role or t.lemma_.lower() in PERSON_ROLE_NOUNS or t.lower_ in TITLE_HEADS
            j += 1
        if not role or j >= len(doc) or doc[j].ent_iob_ != "B":
            return False
        end = j + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[j]
        ids = [name.ent_id_] if name.ent_id_ else []
        ids += [a.id for a in self.kb.lookup(doc[j:end].text) if not a.provisional]
        return any(
            (a := self.kb.get(x)) is not None and a.kind == "person" and not self.kb.speaks_for(x)
            for x in ids
        )

    def _apposed_known_person(self, doc: Doc, i: int, *, known_only: bool = True) -> bool:
        """True when a person the knowledge base knows in their own right (any person, unless
        `known_only`) follows token i in apposition: "Russia's envoy, Zamir Kabulov, said" names
        the envoy, so the phrase is not an unnamed diplomat speaking for the ministry."""
        if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B":
            return False
        if doc[i + 1].ent_type_ != "PERSON":
            return False
        if not known_only:
            return True
        end = i + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return any(
            a.kind == "person" and not a.provisional and not self.kb.speaks_for(a.id)
            for a in self.kb.lookup(doc[i + 1 : end].text)
        )

    def _link_titles(self, state: _State) -> None:
        doc = state.doc
        lowered = state.lowers
        wordless: list[tuple[str, list[str]]] = [(t, []) for t in self._titles_wordless]
        for i in range(len(doc)):
            # only titles whose first word is this token can match here (same order as before)
            candidates = self._titles_by_first.get(lowered[i], [])
            for title, words in candidates + wordless if wordless else candidates:
                if lowered[i : i + len(words)] != words:
                    continue
                end = i + len(words)
                if state.covered(i, end):
                    break
                owner, start = self._title_owner(doc, i, end)
                if end < len(doc) and doc[end].ent_type_ == "PERSON":
                    self._title_before_name(state, i, end, owner, start)
                    break
                if owner is None:
                    break
                holders = [t.actor_id for t in self.kb.titles_for(title) if t.of == owner]
                if len(holders) == 1:
                    body = self.kb.get(doc[start].ent_id_) if start < i else None
                    if (
                        body is not None
                        and body.id == owner
                        and body.kind != "country"
                        and doc[i - 1].text in POSSESSIVES
                        and _apposed_to_name(doc, start, end)
                    ):
                        # "Zabihullah Mujahid, the Islamic Emirate's chief spokesman,": beside
                        # the name, the owner is a mention of the body, the title the person's
                        # ("the UN special rapporteur, Richard Bennett" only describes him)
                        owner_span = doc[start : i - 1]
                        state.add_actor(owner_span, owner, self._name_rule(body, owner_span.text))
                        state.add_actor(doc[i:end], holders[0], "title")
                    else:
                        state.add_actor(doc[start:end], holders[0], "title")
                break

    def _title_before_name(
        self, state: _State, i: int, end: int, owner: str | None, start: int
    ) -> None:
        """ "Foreign Minister Ishaq Dar": the name decides, not the title, and the title words
        must not become an actor of their own ("Interior" as an ORG). A body named inside the
        title ("Pakistan's Foreign Office spokesperson ...") stays linkable. When the knowledge
        base does not know the person, the title's owner is the only link to a known actor:
        "Uzbek Foreign Minister Bakhtiyor Saidov" → UZB."""
        doc = state.doc
        self._block_plain(state, i, end)
        name_end = end + 1
        while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
            name_end += 1
        person = doc[end:name_end]
        known = bool(doc[end].ent_id_) or any(
            not a.provisional for a in self.kb.lookup(person.text)
        )
        if owner is None or start >= i:
            return
        owner_span = doc[start:i]
        if owner_span[-1].text in ("'s", "\u2019s", "'"):
            owner_span = doc[start : i - 1]
        if known:
            self._block_plain(state, start, i)  # "Pakistan's" only describes the person
            return
        actor = self.kb.get(owner)
        if actor is not None and actor.kind == "country":
            owner = self.kb.government_of(owner) or owner
        state.add_actor(owner_span, owner, "title", 0.7)

    def _block_plain(self, state: _State, start: int, end: int) -> None:
        """Block tokens that are not part of a named body ("Pakistan's Foreign Office")."""
        doc = state.doc
        for k in range(start, end):
            actor = self.kb.get(doc[k].ent_id_) if doc[k].ent_id_ else None
            if actor is None or actor.kind == "country":
                state.block(k, k + 1)

    def _title_owner(self, doc: Doc, i: int, end: int) -> tuple[str | None, int]:
        """Who the title belongs to: "Pakistan's", "the Taliban's", "Afghan", "... of Pakistan"."""
        j = i
        while j > 0 and doc[j - 1].lower_ in (
            "acting",
            "interim",
            "caretaker",
            "former",
            "current",
            "deputy",
        ):
            if doc[j - 1].lower_ in ("former", "deputy"):
                return None, i
            j -= 1
        k = j - 1
        if k >= 0 and doc[k].text in ("'s", "\u2019s", "'"):
            k -= 1
        if k >= 0 and doc[k].ent_type_:
            ent_start = k
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            if ent_start > 0 and doc[ent_start - 1].lower_ in ("former", "deputy", "a", "an"):
                return None, i  # "the deputy Taliban spokesman" is not the spokesman
            owner = self._owner_id(doc[ent_start : k + 1])
            if owner:
                return owner, ent_start
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_:
            m = end + 1
            while m + 1 < len(doc) and doc[m + 1].ent_iob_ == "I":
                m += 1
            owner = self._owner_id(doc[end + 1 : m + 1])
            if owner:
                return owner, j
        return None, i

    def _owner_id(self, span: Span) -> str | None:
        actor_id: str | None
        if span.ent_id_ and span.ent_id_ != "place" and self.kb.get(span.ent_id_):
            actor_id = span.ent_id_
        else:
            iso3, _ = self._country_of_modifier(span)
            actor_id = iso3
        if actor_id is None:
            return None
        actor = self.kb.get(actor_id)
        if actor is not None and actor.kind == "country":
            # Titles are stored against the state; a non-state government stands in for it.
            gov = self.kb.government_of(actor_id)
            if gov and any(t.of == gov for t in self.kb.titles):
                return gov
        return actor_id

    def _acts_as_agent(self, state: _State, span: Span) -> bool:
        """True when a place name is used as an actor: subject of a speech/political verb,
        possessor ("Islamabad's decision"), or agent of a passive."""
        root = span.root
        doc = span.doc
        if self._in_place_apposition(span):
            return False
        dateline = state.dateline_end
        if dateline and span.end <= dateline:
            return False  # "KABUL —", "DUSHANBE, Tajikistan —": where the story was filed
        if (
            dateline
            and span.start == dateline + 1
            and span.end < len(doc)
            and (doc[span.end].tag_ in FINITE_TAGS or root.head.i < dateline)
        ):
            # "PESHAWAR, Pakistan — Pakistan closed", "ASTANA — Kazakhstan and Afghanistan
            # signed": the lede's subject, which the parser hangs on the dateline
            return True
        head = root.head
        while root.dep_ == "conj" and head is not root:
            root, head = head, head.head
        if root.dep_ == "pobj" and head.lower_ in ("with", "between", "against"):
            # a party to talks, ties, deals and clashes, not to a border or a road; as a verb
            # ("states that trade with Kabul") only bordering and travel locate
            lemma = normalize(head.head.lemma_)
            if head.head.pos_ == "VERB":
                return lemma not in PLACE_VERBS
            return lemma not in PLACE_HEADS
        if (
            root.dep_ == "pobj"
            and head.lower_ == "from"
            and (
                head.head.lemma_ in PARTY_NOUNS
                or head.head.lemma_.lower() in SOURCE_NOUNS
                or head.head.pos_ == "VERB"
                and any(
                    c.dep_ == "dobj" and c.i < head.i and c.lemma_.lower() in SOURCE_NOUNS
                    for c in head.head.children
                )
            )
        ):
            return True  # "mediators from Turkey and Qatar", "protests from Kabul"
        if root.dep_ == "pobj" and head.lower_ == "to" and self._addressee(head):
            return True  # "a message to Washington", "deliver helicopters to Dushanbe"
        if (
            root.dep_ == "pobj"
            and head.lower_ == "in"
            and head.head.lower_ in SEATED_BODY_NOUNS
            and not any(
                c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ or c.dep_ == "poss")
                for c in head.head.children
            )
            and self.kb.country_of_capital(span.text)
        ):
            # "officials in Kabul described": the government seated there ("Pakistani officials
            # in Kabul" are only posted there)
            return True
        if self._example_range(span):
            return True  # "neighbours, from Uzbekistan to China, could ...": states as examples
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in STANCE_NOUNS:
            return True  # "the hand of New Delhi", "the position of Beijing"
        if root.dep_ in ("compound", "nmod", "amod") and head.lemma_ in STANCE_NOUNS:
            return True  # "with US involvement", "Indian backing"
        if (
            root.dep_ == "pobj"
            and head.lower_ in ("on", "upon")
            and head.head.lemma_.lower() in SPEECH_VERBS
        ):
            return True  # "called on Islamabad to halt"
        if root.dep_ in ("compound", "nmod") and (
            head.lemma_ in PERSON_ROLE_NOUNS or head.lower_ in GOVERNMENT_NOUNS
        ):
            return True  # "US deputy ambassador", "China envoy"
        if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPS:
            return False
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            if head.pos_ == "AUX" and any(
                p.dep_ == "prep"
                and any(o.lemma_.lower() in RELATION_NOUNS for o in p.children)
                or p.dep_ == "acomp"
                and p.lower_ in WILLING_WORDS
                or p.dep_ == "attr"
                and p.lemma_.lower() in PARTNER_NOUNS
                for p in head.children
            ):
                # "Qatar has been in contact with", "Tehran was ready to offer", "Beijing has
                # been Kabul's main partner"
                return True
            return head.lemma_.lower() in SPEECH_VERBS or head.pos_ == "VERB"
        if root.dep_ == "poss":
            return True
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
            return True
        if self._relative_agent(root):
            return True  # "China, which has mediated between the two, called on ..."
        if root.dep_ != "dobj":
            return False
        verb = head.lemma_.lower()
        if verb in SPEECH_VERBS or verb in PRESSURE_VERBS:
            return True  # "persuade Kabul", "dragging Kabul into its dispute"
        # object control: "allow Kabul to reopen" (the object does the infinitive), unlike
        # the purpose clause of a visit ("visited Kabul to meet")
        return verb not in PLACE_VERBS and any(
            c.dep_ == "xcomp" and c.i > root.i and any(a.lower_ == "to" for a in c.children)
            for c in head.children
        )

    @staticmethod
    def _addressee(to: Token) -> bool:
        """True when "to X" names who receives something from a party ("a warning to Kabul",
        "handed the suspects to Islamabad"), not where someone goes ("troops sent to Kabul")."""
        owner = to.head
        if owner.pos_ in ("NOUN", "PROPN"):
            if owner.lemma_.lower() in ADDRESS_NOUNS:
                return True
            if owner.dep_ in ("dobj", "nsubjpass"):
                owner = owner.head  # "deliver helicopters to Dushanbe": the verb decides
        return owner.pos_ == "VERB" and owner.lemma_.lower() in DELIVERY_VERBS

    @staticmethod
    def _example_range(span: Span) -> bool:
        """True for X and Y in a range of examples set off by commas or after a plural noun
        ("donors, from Japan to Germany,", "neighbours from Uzbekistan to China"), not in a
        journey ("travelled from Uzbekistan to China")."""
        doc = span.doc
        if span.start == 0:
            return False
        k = span.start - 1
        if doc[k].lower_ == "to":
            f = next((j for j in range(k - 1, max(k - 7, -1), -1) if doc[j].lower_ == "from"), None)
            end = span.end
        elif doc[k].lower_ == "from":
            f = k
            to = next(
                (j for j in range(span.end, min(span.end + 6, len(doc))) if doc[j].lower_ == "to"),
                None,
            )
            if to is None or to + 1 >= len(doc) or doc[to + 1].ent_type_ not in ("GPE", "LOC"):
                return False
            end = to + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            return False
        if f is None or f == 0:
            return False
        if doc[f - 1].text == "," and (end >= len(doc) or doc[end].text in (",", ".", ";")):
            return True
        noun = doc[f - 1]
        return noun.tag_ == "NNS" and doc[f].head.i == noun.i and noun.lemma_ not in PLACE_HEADS

    @staticmethod
    def _relative_agent(root: Token) -> bool:
        """ "China, which has mediated ...": a state that is the subject of an active relative
        clause does something; "Kabul, which lies ..." or "where ..." only locate."""
        for rel in root.children:
            if rel.dep_ != "relcl" or rel.pos_ != "VERB" or rel.lemma_.lower() in STATIVE_VERBS:
                continue
            if any(c.dep_ == "nsubjpass" or c.dep_ == "auxpass" for c in rel.children):
                continue
            if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children):
                return True
        return False

    @staticmethod
    def _also_located(root: Token) -> bool:
        """An acting state also named as a location: "a delegation from Kabul" (where they
        come from), "Tajikistan, where NRF figures have lived, did not comment"."""
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in ("from", "in"):
            return True
        return any(
            c.dep_ == "relcl" and any(a.lower_ == "where" for a in c.children)
            for c in root.children
        )

    def _in_place_apposition(self, span: Span) -> bool:
        """ "BANNU, Pakistan —", "Quetta, Balochistan": the country locates the place before it."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text != ",":
            return False
        prev = doc[span.start - 2]
        if not prev.ent_type_:
            return False
        start = prev.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        prev_text = doc[start : prev.i + 1].text
        if prev_text.isupper() and len(prev_text) > 3:
            return True  # a dateline
        if self.kb.country_of_capital(prev_text) or any(
            a.kind == "country" for a in self.kb.lookup(prev_text)
        ):
            return False  # "China, Pakistan and Afghanistan agreed": a list of states
        place = self.gazetteer.resolve(prev_text)
        return place is not None and place.kind != "country"

    def _link_place_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        short = state.short_form(text) if len(ent) == 1 else None
        if short and self._is_person(short):
            state.add_actor(ent, short, "coref")  # "Wang said" after "Wang Yi"
            return
        if self._capitalised_anaphor(state, ent):
            return
        country_actor = next((a for a in self.kb.lookup(text) if a.kind == "country"), None)
        capital_of = self.kb.country_of_capital(text)
        # Capitals map to validated ISO3 codes, so "not None" here means "named a state".
        iso3 = country_actor.id if country_actor is not None else capital_of
        organ = self._envoys_organ(state, ent, iso3) if iso3 is not None else None
        if organ is not None:
            state.add_actor(ent, organ, "metonymy")
            return
        head = ent.root.head
        if (
            country_actor is not None
            and ent.root.dep_ in ("compound", "nmod")
            and head.i == ent.end
            and _military_head(head)
        ):
            # "a US drone killed", "US strikes": the state's armed forces, as "Pakistani
            # drones" are (demonym rule)
            forces = self.kb.named_organ(country_actor.id, "military")
            if forces:
                state.add_actor(state.doc[ent.start : head.i + 1], forces, "metonymy", 0.6)
                return
        if iso3 is not None and self._acts_as_agent(state, ent):
            gov = self.kb.government_of(iso3) or iso3
            rule = "name" if country_actor and gov == iso3 else "metonymy"
            state.add_actor(ent, gov, rule)
            if not self._also_located(ent.root):
                return
        if ent.ent_id_ and ent.ent_id_ != "place":
            actor = self.kb.get(ent.ent_id_)
            if actor is not None and actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, text))
                return
        near = self.gazetteer.context_country(ent, self._named_country)
        place = self.gazetteer.resolve(
            _strip_article(text), focus_countries=state.focus_counts or state.focus, near=near
        )
        if place is not None and self._stray_namesake(state, ent, place, near):
            place = None  # unresolved: better no place than an event moved abroad
        if place is not None:
            state.place_mentions.append(
                PlaceMention(ent.start_char, ent.end_char, text, place.id, "gazetteer")
            )
        elif ent.label_ == "ORG" or ent.label_ == "FAC":
            return
        else:
            state.place_mentions.append(
                PlaceMention(ent.start_char, ent.end_char, text, None, "unresolved", 0.0)
            )

    def _stray_namesake(self, state: _State, ent: Span, place: Place, near: str | None) -> bool:
        """True when the best place for a name is a small town or hamlet in a country nothing
        else in the article names: a local village the gazetteer lacks, known to it only as a
        namesake abroad. A place whose own phrase or article names its country stays."""
        if place.kind != "city" or place.country is None or place.id.startswith("extra:"):
            return False
        if place.country == near or (place.population or 0) >= SMALL_PLACE_POPULATION:
            return False
        if not state.focus_counts:
            return False  # nothing says which countries the article is about
        support = state.focus_counts.get(place.country, 0.0)
        if {p.country for p in self.gazetteer.lookup(ent.text) if p.country} == {place.country}:
            # the name's own mentions voted for its only country (`_focus_countries`)
            key = normalize(ent.text)
            support -= sum(
                1 for e in state.doc.ents if e.label_ in PLACE_LABELS and normalize(e.text) == key
            )
        return support <= 0

    def _envoys_organ(self, state: _State, ent: Span, iso3: str) -> str | None:
        """ "Special envoys from Russia, China and Iran": each state's diplomat, unnamed, speaks
        for its foreign ministry, as "China's envoy" does; a state whose envoy the article names
        ("Zamir Kabulov, Russia's presidential envoy") keeps the state, the person being
        linked in their own right. States without a curated ministry keep the state too."""
        root = ent.root
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        head = root.head
        if not (
            root.dep_ == "pobj"
            and head.lower_ == "from"
            and head.head.lemma_.lower() in DIPLOMAT_NOUNS
        ):
            return None
        organ = self.kb.named_organ(iso3, "foreign-ministry")
        if organ is None or organ in (iso3, self.kb.government_of(iso3)):
            return None
        return None if self._envoy_named(state, iso3) else organ

    def _envoy_named(self, state: _State, iso3: str) -> bool:
        """True when the article gives a name to a diplomat of that state: "Russia's envoy,
        Zamir Kabulov", "Zamir Kabulov, Russia's presidential envoy"."""
        owners = {iso3, self.kb.government_of(iso3)}
        for tok in state.tokens:
            if tok.lemma_.lower() not in ENVOY_NOUNS:
                continue
            named = tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON"
            named = named or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children
            )
            if not named:
                continue
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    owner, _ = self._country_of_modifier(state.doc[c.left_edge.i : c.i + 1])
                    if owner in owners:
                        return True
        return False

    def _capitalised_anaphor(self, state: _State, ent: Span) -> bool:
        """ "told the Council for years" after "the Security Council": a body's head noun
        written with a capital, which the tagger takes for a name of its own."""
        root = ent.root
        if (
            len(ent) != 1
            or root.lemma_.lower() not in BODY_ANAPHORS
            or ent.start == 0
            or state.doc[ent.start - 1].lower_ != "the"
        ):
            return False
        target = self._named_body(state, root, root.lower_, igo=False)
        if target is None or state.covered(ent.start - 1, ent.end):
            return False
        state.add_actor(state.doc[ent.start - 1 : ent.end], target, "coref", 0.7)
        return True

    def _named_country(self, span: Span) -> str | None:
        """ISO3 of a country name or demonym ("Iran", "Iranian"); a capital does not count."""
        iso3, how = self._country_of_modifier(span)
        return iso3 if how in ("name", "demonym") else None

    def _name_rule(self, actor: Actor, text: str) -> str:
        return "name" if normalize(text) == normalize(actor.name) else "alias"

    def _link_actor_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        if ent.end <= state.dateline_end:
            # "UNITED NATIONS —", "ASTANA —": a dateline names where the story was filed
            if self.gazetteer.lookup(text):
                self._link_place_like(state, ent)
            return
        if ent.label_ == "NORP":
            self._link_demonym(state, ent)
            return
        actor = self.kb.get(ent.ent_id_) if ent.ent_id_ and ent.ent_id_ != "place" else None
        if actor is not None:
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        if not _looks_like_name(text):
            if ent.label_ == "ORG":
                self._link_unnamed_organ(state, ent)
            return
        if self._capitalised_anaphor(state, ent):
            return
        seat = self.kb.country_of_capital(_strip_article(text))
        if seat is not None and ent.label_ in ("ORG", "FAC") and not self.kb.lookup(text):
            # "The White House defended the deal": a seat of power tagged as a body speaks for
            # its state, as "Washington" does (`_link_place_like`)
            self._link_place_like(state, ent)
            return
        if _pronoun_after_stop(ent):
            return  # "wrote on X. He added": a sentence break the tagger read as one name
        if _platform_break(ent):
            # "wrote on X. Trade officials said": the platform ends a sentence the tokenizer
            # read as an initial; what follows is linked on its own, if it is a name at all
            from spacy.tokens import Span  # already loaded: the caller holds one of its objects

            rest = ent.doc[ent.start + 1 : ent.end]
            actors = self.kb.lookup(rest.text)
            if (
                any(a.kind == "country" for a in actors)
                or not actors
                and (self.gazetteer.lookup(rest.text))
            ):
                self._link_place_like(state, Span(ent.doc, rest.start, rest.end, label="GPE"))
            elif actors:
                self._link_actor_like(state, Span(ent.doc, rest.start, rest.end, label=ent.label_))
            else:
                state.untagged.update(range(rest.start, rest.end))
            return
        if _before_place_kind(ent) and not self.kb.lookup(text):
            # "the Kant air base", "Shamsiddin Shohin district": a place the tagger took for
            # a person or a body; what follows the name says what it is
            self._link_place_like(state, ent)
            if not any(pm.start == ent.start_char for pm in state.place_mentions):
                state.place_mentions.append(
                    PlaceMention(ent.start_char, ent.end_char, text, None, "unresolved", 0.0)
                )
            return
        role = self._role_of_name(text)
        if role and ent.label_ in ("ORG", "FAC"):
            # "the Foreign Office", "the National Assembly", "Makran division police": the organ
            # of the country the sentence (else the article) is about.
            country = self._country_for(state, ent.root)
            actor_id = self.kb.named_organ(country, role) if country else None
            if self._seat_country(state, ent.root) is None:
                earlier = self._organs_named_before(state, ent, role)
                if len(earlier) == 1:
                    # "Pakistan's Interior Ministry ordered ... Kabul accused Pakistani police,
                    # an allegation the Interior Ministry did not address": the ministry named
                    # before
                    actor_id = earlier[0]
            styled = self.kb.organ_styled(_strip_article(text), role)
            if styled and (actor_id is None or len(_strip_article(text).split()) > 1):
                actor_id = styled  # "Foreign Office": a name only one state uses for the organ
            elif (
                country
                and actor_id in (country, self.kb.government_of(country))
                and self._seat_country(state, ent.root) is None
            ):
                # "Speaking in the National Assembly" in a story about India: the sentence's
                # state has no such organ; a state the article is about that has one
                by_state = self.kb.organs_styled(_strip_article(text), role)
                named = [c for c in state.focus if c in by_state and c != country]
                if len(_strip_article(text).split()) > 1 and named:
                    actor_id = by_state[named[0]]
            if actor_id:
                state.add_actor(ent, actor_id, "title", 0.7)
                return
        found = [a for a in self.kb.lookup(text) if not a.provisional]
        if found:
            actor = found[0]
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        short = state.short_form(text)
        if short and (
            ent.label_ == "PERSON" or len(ent) == 1 and (self._is_person(short) or text.isupper())
        ):
            state.add_actor(ent, short, "coref")
            return
        if ent.label_ == "PERSON" and self._link_spokesperson(state, ent):
            return
        titled = self._surname_with_title(ent) if ent.label_ == "PERSON" else None
        if titled:
            state.add_actor(ent, titled, "alias", 0.8)
            return
        owner = self._possessor_country(ent)
        if owner and set(normalize(text).split()) & (STATE_BODY_WORDS | ORGAN_WORDS):
            # "Pakistan's Commerce Ministry": an organ the KB does not list speaks for the state
            state.add_actor(ent, self.kb.government_of(owner) or owner, "metonymy", 0.7)
            return
        if (
            ent.label_ == "ORG"
            and _located(ent.root)
            and normalize(_strip_article(text)) not in BODY_ANAPHORS | ORG_NAME_HEADS
            and self.gazetteer.lookup(text)
        ):
            # "men from Banu": a village the tagger took for an organisation
            self._link_place_like(state, ent)
            return
        if ent.label_ == "PERSON" and self._town_taken_for_person(state, ent):
            # "the main hospital in Khar": a town of the story's country the tagger took for
            # a person's name
            self._link_place_like(state, ent)
            return
        if self._link_state_body_name(state, ent):
            return
        fuzzy = self._fuzzy(text, ent.label_)
        if fuzzy:
            state.add_actor(ent, fuzzy, "fuzzy", 0.8)
            return
        actor = self._provisional_actor(text, ent, state)
        state.add_actor(ent, actor.id, "provisional", 0.5)

    def _link_state_body_name(self, state: _State, ent: Span) -> bool:
        """ "The Supreme Court", "the Ministry of Commerce", "the State Bank of Pakistan": a
        national body named only by what it is, which the KB gives no id of its own, is the
        state (docs/annotation-guide.md §0): the one its name, else the sentence, names."""
        from spacy.tokens import Span  # already loaded: the caller holds one of its objects

        doc = ent.doc
        span, country = ent, None
        words = normalize(_strip_article(ent.text)).split()
        if words and words[-1] == "of" and ent.end < len(doc):
            # "the State Bank of" + "Pakistan": the tagger cut the country off the name
            nxt = next((e for e in doc.ents if e.start == ent.end), None)
            named = self._named_country(nxt) if nxt is not None else None
            if nxt is None or named is None:
                return False
            span, country, words = Span(doc, ent.start, nxt.end), named, words[:-1]
        elif len(words) >= 3 and words[-2] == "of":
            country = next((a.id for a in self.kb.lookup(words[-1]) if a.kind == "country"), None)
            if country:
                words = words[:-2]
        if not _state_body_words(words):
            return False
        country = country or self._possessor_country(ent) or self._country_for(state, ent.root)
        if not country:
            return False
        gov = self.kb.government_of(country) or country
        state.add_actor(span, gov, "generic", 0.6)
        return True

    def _town_taken_for_person(self, state: _State, ent: Span) -> bool:
        """True for a person-tagged name after "in", "near", "outside" or "at" that the
        gazetteer knows as a place of the article's main country and nobody as a person."""
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "near", "outside", "at"):
            return False
        if not state.focus or any(a.kind == "person" for a in self.kb.lookup(ent.text)):
            return False
        unsafe = self.gazetteer.config.ruler_unsafe_words
        if any(w.lower() in unsafe for w in ent.text.split()):
            return False  # "in Hussain": as often a man's name as a village's
        return any(p.country == state.focus[0] for p in self.gazetteer.lookup(ent.text))

    def _organs_named_before(self, state: _State, ent: Span, role: str) -> list[str]:
        """The state organs of ``role`` the article named before ``ent`` (a government standing
        in for its organs does not count)."""
        found: list[str] = []
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "") if m.start < ent.start_char else None
            if actor is None or not actor.country or actor.id in found:
                continue
            if self.kb.government_of(actor.country) == actor.id:
                continue
            if self.kb.sub_actor(actor.country, role) == actor.id:
                found.append(actor.id)
        return found

    def _link_untagged_names(self, state: _State) -> None:
        """Names the tagger missed or split: "the Islamabad Institute of Strategic Studies" (a
        run of capitalised words with an organisation's head word; the place inside it is part
        of the name, not a location) and "the state news agency RIA" (a capitalised name in
        apposition to a noun that says what kind of body it is)."""
        doc = state.doc
        i = 0
        while i < len(doc):
            if not _capitalised_name(doc[i]):
                i += 1
                continue
            end = i
            while end < len(doc) and (
                _capitalised_name(doc[end])
                or doc[end].lower_ in NAME_JOINERS
                and end + 1 < len(doc)
                and _capitalised_name(doc[end + 1])
            ):
                end += 1
            start, i = i, end
            words = {t.lower_ for t in doc[start:end]}
            has_head = bool(words & ORG_NAME_HEADS)
            kind_noun = doc[start - 1] if start > 0 else None
            named_kind = (
                kind_noun is not None
                and kind_noun.lower_ in NAMED_KIND_NOUNS
                and kind_noun.tag_ == "NN"
            )
            if not has_head and not named_kind:
                continue
            if any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in doc[start:end]):
                continue
            if has_head and (end - start < 2 or doc[start].lower_ in ORG_NAME_HEADS):
                continue  # "Institute said": a head word alone names nothing
            if named_kind and kind_noun is not None:
                first = kind_noun.left_edge.i
            else:
                first = _with_article(doc, start)
            span = doc[first:end]
            if state.covered(first, end) or any(
                m.start < span.end_char and span.start_char < m.end for m in state.actor_mentions
            ):
                continue
            name_span = doc[start:end]
            # a place inside an organisation's name is no location (guide §4)
            state.place_mentions[:] = [
                pm
                for pm in state.place_mentions
                if not (span.start_char <= pm.start and pm.end <= span.end_char)
            ]
            actor = self._get_or_create(
                name_span.text,
                "organization",
                _guess_sector(name_span.text, None)
                or (
                    "JRN"
                    if named_kind and kind_noun is not None and kind_noun.lower_ in MEDIA_NOUNS
                    else None
                ),
                self._context_country(name_span, state),
                state,
            )
            state.add_actor(span, actor.id, "provisional", 0.5)

    def _link_named_appositions(self, state: _State) -> None:
        """ "A TTP-affiliated group, Ittehad-ul-Mujahideen Pakistan, claimed ...": the name in
        apposition says who the describing noun is; the body named inside the description
        ("TTP") is only its patron, so the noun itself carries the name's actor."""
        doc = state.doc
        for tok in doc:
            if (
                tok.tag_ not in ("NN", "NNS")
                or tok.lemma_.lower() not in APPOSED_KIND_NOUNS
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            appos = next((c for c in tok.rights if c.dep_ == "appos"), None)
            m = self._mention_at(state, appos) if appos is not None else None
            if appos is None or m is None or not m.actor_id:
                continue
            span_start, span_end = doc[appos.left_edge.i], doc[appos.right_edge.i]
            if m.start > span_start.idx or m.end < span_end.idx + len(span_end):
                continue  # the mention is only part of the apposition
            actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
            if actor is None or actor.kind in ("person", "country"):
                continue
            start = tok.left_edge.i
            if state.covered(start, tok.i):
                start = tok.i  # "TTP-affiliated" keeps its own link
            state.add_actor(doc[start : tok.i + 1], actor.id, "coref", 0.7)

    def _link_unnamed_organ(self, state: _State, ent: Span) -> None:
        """ "a spokesman for the interior ministry" tagged as an organisation but not a name:
        that organ of the sentence's country, or the state when the KB has no such body."""
        words = [w for w in normalize(_strip_article(ent.text)).split() if w not in LOCAL_MODIFIERS]
        if not words or words[-1] not in STATE_BODY_WORDS:
            return
        if self._possessor_country(ent) is not None:
            return  # "Pakistan's commerce ministry": the possessor rule's business
        country = self._country_for(state, ent.root)
        if not country:
            return
        role = self._cue_roles.get(" ".join(words))
        actor_id = self.kb.named_organ(country, role) if role else None
        state.add_actor(ent, actor_id or self.kb.government_of(country) or country, "generic", 0.5)

    def _possessor_country(self, ent: Span) -> str | None:
        doc = ent.doc
        k = ent.start - 1
        if k < 1 or doc[k].text not in POSSESSIVES:
            return None
        start = k - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        iso3, _ = self._country_of_modifier(doc[start:k])
        if iso3 is None and doc[start].ent_id_:
            # "the Taliban's Ministry of Defence": a de-facto government's organ is the state's
            actor = self.kb.get(doc[start].ent_id_)
            if (
                actor is not None
                and actor.country
                and self.kb.government_of(actor.country) == actor.id
            ):
                iso3 = actor.country
        return iso3

    def _is_person(self, actor_id: str) -> bool:
        actor = self.kb.get(actor_id) or self._provisional_by_id(actor_id)
        return actor is not None and actor.kind == "person"

    def _role_of_name(self, text: str) -> str | None:
        """Role of a body named only by its function: "Foreign Office", "District Police"."""
        key = normalize(text)
        cues = self._cue_roles
        if key in cues:
            return cues[key]
        words = key.split()
        for n in (2, 1):
            if len(words) > n and " ".join(words[-n:]) in cues:
                role = cues[" ".join(words[-n:])]
                # only units of a service, never a name of its own ("Frontier Corps")
                if role == "police":
                    return role
        return None

    def _surname_with_title(self, ent: Span) -> str | None:
        """ "Mujahid, the chief spokesman, said", "spokesman Mujahid": a lone surname the article
        never gave in full is the one KB person of that surname who holds the title written
        beside it."""
        if len(ent) != 1:
            return None
        people = self._surnames.get(normalize(ent.text))
        if not people:
            return None
        doc = ent.doc
        beside = doc[max(ent.start - 4, 0) : ent.start].text
        if ent.end < len(doc) and doc[ent.end].text == ",":
            beside += " " + doc[ent.end + 1 : ent.end + 6].text
        words = f" {normalize(beside)} "
        fits = {p for p in people for title in self._titles_of.get(p, ()) if f" {title} " in words}
        return fits.pop() if len(fits) == 1 else None

    def _link_spokesperson(self, state: _State, ent: Span) -> bool:
        """ "China's Foreign Ministry spokesperson Mao Ning", "..., spokesperson Randhir Jaiswal
        said" with no entry for the person: the words are the ministry's (docs/ids.md)."""
        doc = state.doc
        if any(not a.provisional for a in self.kb.lookup(ent.text)):
            return False
        k = ent.start - 1
        if k < 0 or doc[k].lower_ not in SPOKES_NOUNS:
            return False
        body = None
        # mentions are stored in the order the passes made them, not in text order: the title
        # pass links "NRF" in "NRF spokesman ..." before the names of earlier sentences
        before = sorted(
            (m for m in state.actor_mentions if m.end <= doc[k].idx), key=lambda m: m.end
        )
        if before and before[-1].end >= doc[k].idx - 2:
            body = before[-1].actor_id  # the body named right before the word
        else:
            sent_start = ent.sent.start
            window_start = doc[max(sent_start - 1, 0)].sent.start_char
            for m in reversed(before):
                if m.start < window_start:
                    break
                actor = self.kb.get(m.actor_id) if m.actor_id else None
                if actor is not None and actor.kind == "organization" and not actor.provisional:
                    body = actor.id
                    break
        actor = self.kb.get(body) if body else None
        if actor is None or actor.kind in ("person", "country"):
            return False
        start = ent.start if state.covered(k, k + 1) else k
        state.add_actor(doc[start : ent.end], actor.id, "title", 0.7)
        return True

    def _link_demonym(self, state: _State, ent: Span) -> None:
        iso3 = self.kb.country_of_demonym(ent.text)
        actor = self.kb.get(ent.ent_id_) if ent.ent_id_ and ent.ent_id_ != "place" else None
        if actor is not None:
            if actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, ent.text))
                return
            iso3 = iso3 or actor.id
        if not iso3:
            found = self.kb.lookup(ent.text)
            if found:
                state.add_actor(ent, found[0].id, "alias")
            elif _located(ent.root) and self.gazetteer.lookup(ent.text):
                # "the village of Banu", "men from Banu": a place the tagger took for a people
                self._link_place_like(state, ent)
            return
        root = ent.root
        doc = state.doc
        if (
            ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ in PATRON_PARTICIPLES
        ):
            # "Indian-sponsored terrorists", "Iranian-backed militias": the state behind them
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym")
            return
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "Pakistani and Afghan officials": share the first one's head
        head = root.head if root.dep_ in ("amod", "compound", "nmod", "npadvmod") else None
        if head is None and ent.end < len(doc) and doc[ent.end].lower_ in MILITARY_HEADS:
            head = doc[ent.end]  # "Afghan shelling hit ...": the parser took the noun for a verb
        if (
            head is not None
            and head.i > ent.end
            and head.lower_ in ORG_NAME_HEADS
            and all(t.text[:1].isupper() for t in doc[ent.start : head.i + 1] if t.is_alpha)
            and any(t.pos_ == "PROPN" for t in doc[ent.end : head.i])
        ):
            # "the Norwegian Helsinki Committee", "the Danish Refugee Council": a body whose
            # name starts with a demonym, not the state
            name = doc[ent.start : head.i + 1]
            found = [a for a in self.kb.lookup(name.text) if a.kind != "country"]
            if found:
                state.add_actor(name, found[0].id, "alias")
            else:
                body = self._provisional_actor(name.text, name, state)
                state.add_actor(name, body.id, "provisional", 0.5)
            return
        if head is not None and head.i >= ent.end and self._describes_known_person(doc, head.i):
            state.block(ent.start, head.i + 1)  # "Russian envoy Zamir Kabulov": the name decides
            return
        if head is not None and head.i >= ent.end:
            lemma = head.lemma_.lower()
            span = doc[ent.start : head.i + 1]
            if self._link_former_holder(state, ent.start, head, iso3):
                return
            if lemma in ROLE_ANAPHORS:
                # "the Russian envoy" after "Russian envoy Zamir Kabulov": that person again
                mods = {t.lower_ for t in doc[ent.end : head.i]} - ROLE_NEUTRAL
                holder = self._named_role_holder(state, head, lemma, mods)
                actor = self.kb.get(holder or "")
                owners = {iso3, self.kb.government_of(iso3)}
                if actor is not None and actor.kind == "person" and actor.country in owners:
                    state.add_actor(span, actor.id, "role", 0.6)
                    return
            if any(t.ent_type_ == "NORP" for t in doc[ent.end : head.i]):
                span = ent  # coordinated demonyms each keep their own word
            if lemma == "minister" and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
            ):
                # "the Pakistani and Afghan foreign ministers", no names: the ministries speak
                # (docs/annotation-guide.md: an unnamed title resolves to the body); "an
                # Iranian foreign minister" is any holder, so the state
                organ = self._ministry_of(head, iso3)
                if organ:
                    state.add_actor(span, organ, "demonym", 0.8)
                    return
            modifier = doc[head.i - 1].lower_ if head.i - 1 >= ent.end else ""
            generic = GENERIC_NOUNS.get(f"{modifier} {lemma}")
            if generic is None and (head.lower_ in GOVERNMENT_NOUNS or lemma in GOVERNMENT_NOUNS):
                state.add_actor(span, self.kb.government_of(iso3) or iso3, "demonym")
                return
            generic = generic or GENERIC_NOUNS.get(lemma)
            if generic:
                sector, role = generic
                actor_id = self.kb.named_organ(iso3, role) if role else None
                if actor_id is None and sector == "REB":
                    actor_id = self._attributed_group(state, head, country=iso3)
                if actor_id is None:
                    actor_id = self._generic_actor(span.text, lemma, sector, iso3, state).id
                state.add_actor(span, actor_id, "demonym")
                return
            if _military_head(head):
                # "Pakistani border posts", "Pakistani artillery": the armed forces' own
                actor_id = self.kb.named_organ(iso3, "military")
                if actor_id:
                    state.add_actor(span, actor_id, "demonym", 0.6)
                    return
            if lemma in TERRITORY_NOUNS:
                return  # "Afghan soil", "Pakistani territory": a place attribute, not an actor
            if lemma in SOURCE_ANAPHORS:
                # "the Chinese statement said" after "a statement released by China's Foreign
                # Ministry": that statement's issuer, when it is of the same state
                source = self._statement_source(state, head)
                if source and self.kb.country_of(source) == iso3:
                    start = _with_article(doc, ent.start)
                    state.add_actor(doc[start : head.i + 1], source, "role", 0.6)
                    return
            if lemma in STATE_BODY_WORDS or lemma in ORGAN_WORDS:
                # "the Tajik defence ministry": a national body without an id of its own is the
                # state (docs/annotation-guide.md §0); the whole phrase, so "the ministry" later
                # finds it
                organ = self._organ_or_state(iso3, doc[ent.end : head.i + 1].text)
                state.add_actor(span, organ, "demonym", 0.6)
                return
            # "Indian-backed proxies", "Afghan officials' remarks": the state is still a party.
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.5)
            return
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and ent.text.endswith("s"):
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.6)

    def _link_former_holder(self, state: _State, start: int, holder: Token, iso3: str) -> bool:
        """Link "a former Chinese diplomat" (a demonym at `start`, the office noun `holder`) as
        a person of their own: someone who no longer holds the office speaks for themselves,
        not for the body (docs/annotation-guide.md). False when it is no such phrase."""
        former = self._former_start(state.doc, start, holder)
        if former is None or holder.lemma_.lower() not in OFFICE_HOLDER_NOUNS:
            return False
        span = state.doc[former : holder.i + 1]
        person = self._get_or_create(span.text, "person", None, iso3, state)
        state.add_actor(span, person.id, "demonym", 0.6)
        return True

    @staticmethod
    def _former_start(doc: Doc, start: int, head: Token) -> int | None:
        """Where "former"/"ex-"/"retired" starts when it modifies ``head`` ("a former Chinese
        diplomat", "an ex-Pakistani envoy", "retired Afghan general"), else None."""
        k = start - 1
        if k >= 0 and doc[k].text == "-":
            k -= 1  # "ex-Pakistani": the tokenizer splits off the hyphen
        if k >= 0 and doc[k].lower_ in FORMER_WORDS:
            return k
        if any(doc[j].lower_ in FORMER_WORDS for j in range(start, head.i)):
            return start
        return None

    def _ministry_of(self, minister: Token, iso3: str) -> str | None:
        """The organ a "foreign minister" or "interior ministers" heads, when the KB lists the
        ministry's cue ("foreign ministry") for that country."""
        words = [
            c.lower_
            for c in minister.children
            if c.dep_ in ("amod", "compound") and c.is_lower and not c.ent_type_
        ]
        if not words:
            return None
        phrase = normalize(" ".join([*words, "ministry"]))
        role = self._cues_by_len.get(len(phrase.split()), {}).get(phrase)
        return self.kb.named_organ(iso3, role) if role else None

    def _fuzzy(self, text: str, label: str) -> str | None:
        want = {"PERSON": ("person",), "ORG": ("organization", "group")}.get(label, ())
        choices = {
            k: v
            for k, v in self._fuzzy_choices.items()
            if self._names[k.split("\t")[0]].kind in want
        }
        if not choices:
            return None
        best = process.extractOne(normalize(text), choices, scorer=fuzz.ratio, score_cutoff=90)
        return best[2].split("\t")[0] if best else None

    # ---- provisional actors -----------------------------------------------------------------
    def _provisional_by_id(self, actor_id: str) -> Actor | None:
        return self._provisional_ids.get(actor_id)

    def _provisional_actor(self, text: str, ent: Span, state: _State) -> Actor:
        name = _strip_article(text)
        person = ent.label_ == "PERSON" or self._person_tagged_as_org(ent)
        kind = "person" if person else "organization"
        sector = _guess_sector(name, ent)
        country = self._context_country(ent, state)
        return self._get_or_create(name, kind, sector, country, state)

    def _person_tagged_as_org(self, ent: Span) -> bool:
        """ "Saida Rakhimova, a senior aide, said": a short capitalised name that the tagger
        calls an organisation but that has no word of a body's name, stands without an article
        and is described by a title or speaks is a person, whom a later "she" can mean."""
        doc = ent.doc
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
            return False
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an"):
            return False
        for tok in ent:
            word = tok.text.replace("-", "").replace("'", "")
            if not (word.isalpha() and tok.text[0].isupper() and not tok.text.isupper()):
                return False  # acronyms, digits, lower-case joiners: a body's name
            low = tok.lower_
            if low in ORGANISATION_WORDS or low in SECTOR_CUE_WORDS:
                return False
            if self.kb.country_of_demonym(tok.text) or self.kb.country_of_capital(tok.text):
                return False
            if any(a.kind != "person" for a in self.kb.lookup(tok.text)):
                return False
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos" and any(
                t.lemma_.lower() in PERSON_TITLE_WORDS for t in child.subtree
            ):
                return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_TITLE_HEADS:
            return True  # "its spokesman, Ruslan Ermekov,"
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS

    def _generic_actor(
        self, text: str, lemma: str, sector: str, country: str | None, state: _State
    ) -> Actor:
        name = _strip_article(text)
        low = name.lower()
        if low.startswith(("a ", "an ")) and len(name.split()) > 1:
            name = name.split(" ", 1)[1]  # "A shopkeeper": the actor is "shopkeeper"
        return self._get_or_create(name, "group", sector, country, state)

    def _get_or_create(
        self, name: str, kind: str, sector: str | None, country: str | None, state: _State
    ) -> Actor:
        key_name = normalize(name)
        key = f"{key_name}|{country}|{sector}"
        actor = self._provisional.get(key)
        if actor is None:
            # Same country and sector only: a similar name alone never merges two actors.
            peers = self._provisional_peers.get((country, sector, kind), {})
            best = (
                process.extractOne(key_name, peers, scorer=fuzz.token_sort_ratio, score_cutoff=92)
                if peers
                else None
            )
            if best:
                actor = self._provisional[best[2]]
                if name not in actor.aliases and name != actor.name:
                    actor.aliases.append(name)
        if actor is None:
            base = "prov:" + slugify(name)
            ident = base
            if ident in self._provisional_ids:
                ident = f"{base}--{(country or 'x').lower()}-{(sector or 'unk').lower()}"
            actor = Actor(
                id=ident, name=name, sector=sector, country=country, kind=kind, provisional=True
            )
            self._provisional[key] = actor
            self._provisional_ids[actor.id] = actor
            self._provisional_peers.setdefault((country, sector, kind), {})[key] = key_name
        if actor.id not in state.seen_new and actor.id not in state.doc_seen_before:
            state.seen_new.add(actor.id)
            if actor.id not in self._announced:
                self._announced.add(actor.id)
                state.new_actors.append(replace(actor, aliases=list(actor.aliases)))
        return actor

    @property
    def _announced(self) -> set[str]:
        if not hasattr(self, "_announced_ids"):
            self._announced_ids: set[str] = set()
        return self._announced_ids

    def _context_country(self, ent: Span, state: _State) -> str | None:
        doc = ent.doc
        if ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.ent_type_ in ("NORP", "GPE"):
                iso3, _ = self._country_of_modifier(doc[prev.i : prev.i + 1])
                if iso3:
                    return iso3
        return state.focus[0] if state.focus else None

    # ---- context ------------------------------------------------------------------------------
    def _country_for(self, state: _State, tok: Token, home: str | None = None) -> str | None:
        """The country a function word ("police", "the government") belongs to: the one the
        sentence names most (places, demonyms, state actors), else ``home`` when given, else
        the article's focus."""
        sent = tok.sent
        # The article's main country is only the prior: any state actor or place named in the
        # sentence outweighs it ("In Khost, ... the provincial police spokesman said").
        prior = home or (state.focus[0] if state.focus else None)
        votes: dict[str, float] = {prior: 0.6} if prior else {}
        # What the reader has seen before the phrase weighs more than what follows it, unless
        # it is part of the phrase ("the Foreign Ministry in Tehran").
        own_end = tok.doc[tok.right_edge.i].idx + len(tok.doc[tok.right_edge.i])

        def weight(start: int) -> float:
            return 1.0 if start < tok.idx or start < own_end else 0.35

        for m in state.actor_mentions:
            if sent.start_char <= m.start < sent.end_char and m.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.country and actor.kind != "person":
                    votes[actor.country] = votes.get(actor.country, 0) + weight(m.start)
        for pm in state.place_mentions:
            if sent.start_char <= pm.start < sent.end_char and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.country:
                    votes[place.country] = votes.get(place.country, 0) + weight(pm.start)
        speaker = self._reporting_speaker_country(state, tok)
        if speaker:
            # "Baradar warned that the government would not help": a speaker's own government
            votes[speaker] = votes.get(speaker, 0) + 1.5
        if not votes:
            return None
        rank = {c: i for i, c in enumerate(state.focus)}
        return max(votes, key=lambda c: (votes[c], -rank.get(c, 99)))

    def _sentence_country(self, state: _State, tok: Token) -> bool:
        """True when the sentence of ``tok`` names a country's place or state body before it."""
        sent = tok.sent
        for m in state.actor_mentions:
            if sent.start_char <= m.start < tok.idx and m.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.country and actor.kind != "person":
                    return True
        for pm in state.place_mentions:
            if sent.start_char <= pm.start < tok.idx and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.country:
                    return True
        return False

    def _reporting_speaker_country(self, state: _State, tok: Token) -> str | None:
        """Country of whoever says the clause containing ``tok`` ("X warned that ...")."""
        h = _speech_verb_above(tok)
        if h is None:
            return None
        # "X told ... and warned that": the shared subject
        subj = _shared_subject(h, next((c for c in h.children if c.dep_ == "nsubj"), None))
        m = self._mention_at(state, subj) if subj is not None else None
        if m is None and subj is not None:
            m = self._named_before(state, subj)
        actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
        return actor.country if actor is not None else None

    def _named_before(self, state: _State, tok: Token) -> ActorMention | None:
        """ "the ministry" as a speaker before the body rules have run: the body named just
        before whose name has that word ("the Taliban's Ministry of Defence ... the ministry
        said")."""
        if tok.lemma_.lower() not in BODY_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return None
        for m in self._before(state, tok, sents_back=2):
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind in ("person", "country"):
                continue
            if tok.lower_ in normalize(m.text).split():
                return m
        return None

    def _government_country(self, state: _State, tok: Token) -> str | None:
        """Whose "officials", "the authorities", "the district administration" these are: the
        state of the place they sit in ("officials in Islamabad", "the authorities in
        Kandahar"), else of the sentence; None when something else owns them ("hospital
        officials", "officials of the ministry")."""
        if _unowned(tok):
            return self._country_for(state, tok)
        country = None
        # "a provincial health official": a department of the provincial government
        public = any(c.dep_ == "amod" and c.lower_ in PUBLIC_TIERS for c in tok.children)
        # "trade officials in Kabul": a ministry's portfolio narrows officials the capital
        # already makes the state's
        capital = any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and self.kb.country_of_capital(g.text) for g in c.children)
            for c in tok.children
        )
        for child in tok.children:
            if (
                child.dep_ == "compound"
                and child.lower_ in PORTFOLIO_WORDS
                and (capital or child.lower_ not in SERVICE_PORTFOLIOS)
            ):
                # "health officials", "trade officials in Kabul": a ministry's portfolio
                # narrows the state's officials; "railway officials" speak for an
                # institution of their own unless a capital makes them the state's
                continue
            if child.dep_ in ("det", "nummod", "quantmod", "punct", "cc", "conj", "relcl", "acl"):
                continue
            if child.dep_ in ("amod", "compound") and (
                child.lower_ in LOCAL_MODIFIERS
                or child.lower_ in NEUTRAL_MODIFIERS
                or public
                and child.dep_ == "compound"
                and child.is_lower
            ):
                continue
            if child.dep_ == "prep" and child.lower_ == "in":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                country = self._place_country(state, pobj) if pobj is not None else None
                if country is None:
                    return None
                continue
            if (
                child.dep_ == "poss"
                and tok.lemma_.lower() in ("ruler", "rulers", "leadership")
                and (owner := self._named_country(tok.doc[child.i : child.i + 1]))
            ):
                # "Afghanistan's rulers": the government of the state named as possessor
                country = owner
                continue
            return None
        if tok.dep_ == "conj" and self._government_country(state, tok.head) is None:
            return None
        return country or self._country_for(state, tok)

    def _place_country(self, state: _State, tok: Token) -> str | None:
        pm = _place_mention_at(state, tok)
        if pm is not None:
            place = self.gazetteer.get(pm.place_id or "")
            return place.country if place is not None else None
        m = self._mention_at(state, tok)
        actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
        if actor is not None and actor.kind == "country":
            return actor.id
        return self.kb.country_of_capital(tok.text)

    def _role_actor(self, state: _State, tok: Token, role: str) -> str | None:
        """ "jets", "the police": the one state body of that role the article already named
        ("Pakistani aircraft ... jets bombed"), else that of the sentence's country."""
        sent = tok.sent
        members = SERVICE_MEMBERS if tok.lemma_.lower() in SERVICE_MEMBERS else ()
        # "a Frontier Corps vehicle was hit, killing five soldiers", "The Frontier Corps said
        # its troops came under fire. A soldier was killed, the FC said": the soldiers are the
        # unit's that this or the last sentence names (a press office is nobody's unit)
        prev = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        near = [
            m
            for m in state.actor_mentions
            if m.actor_id and prev <= m.start < sent.end_char and m.start != tok.idx
        ]
        near.sort(key=lambda m: (m.start > tok.idx, abs(m.start - tok.idx)))
        for m in near if members else ():
            unit = self.kb.get(m.actor_id or "")
            if (
                unit is not None
                and unit.kind == "organization"
                and unit.country
                and unit.parent
                and unit.parent == self.kb.sub_actor(unit.country, role)
                and not self._press_office(unit)
                and (m.start >= sent.start_char or not self._other_service(state, prev, tok, m))
                # a unit named after the soldiers only as the one reporting ("..., the FC said")
                and (m.start < tok.idx or self._is_speaker(self._mention_root(state, m)))
            ):
                return unit.id
        if members and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "six paramilitary soldiers [FC] were killed ... compensation for the families of
            # the soldiers": "the soldiers" are the ones named before, and so their unit's
            for m in sorted(state.actor_mentions, key=lambda m: -m.start):
                if m.start >= tok.idx or not m.actor_id:
                    continue
                root = self._mention_root(state, m)
                if root is None or root.lemma_.lower() != tok.lemma_.lower():
                    continue
                unit = self.kb.get(m.actor_id)
                if unit is None or not unit.country:
                    break
                service = self.kb.sub_actor(unit.country, role)
                if unit.parent and unit.parent == service:
                    return unit.id
                if unit.id != service:
                    break  # the last soldiers named were someone else's
                # soldiers the generic rule gave the whole service say nothing: look further
        seen: list[str] = []
        for m in state.actor_mentions:
            if m.start >= tok.idx or not m.actor_id or m.actor_id in seen:
                continue
            actor = self.kb.get(m.actor_id)
            if actor is None or actor.kind != "organization" or not actor.country:
                continue
            if self.kb.government_of(actor.country) == actor.id:
                continue  # a government standing in for its organs says nothing about the role
            if self.kb.sub_actor(actor.country, role) == actor.id:
                seen.append(actor.id)
        # only a bare phrase: "the jets" points back to the jets named before, "operations
        # in Pakistan's North Waziristan" says where it belongs; an act ("military operations")
        # is as often the other side's as the speaker's
        bare = tok.lemma_.lower() not in MILITARY_ACTS and not any(
            c.dep_ in ("det", "poss", "prep") or c.ent_type_ for c in tok.children
        )
        speaker = self._reporting_speaker_country(state, tok) if bare else None
        if speaker and (not seen or self.kb.country_of(seen[0]) != speaker):
            # "the ministry said border forces were on alert": the speaker's own service, not
            # the other side's named earlier
            own = self.kb.named_organ(speaker, role)
            if own:
                return own
        if len(seen) == 1 and (role != "intelligence" or not self._sentence_country(state, tok)):
            # (an intelligence service named before is as often the other side's: "Indian
            # agents ... In Kabul, two intelligence officers were detained")
            return seen[0]
        # "Police moved the protesters" under a BISHKEK dateline: a domestic force, the
        # dateline state's unless the sentence names another
        home = self._dateline_country(state) if role == "police" else None
        country = self._country_for(state, tok, home)
        return self.kb.named_organ(country, role) if country else None

    def _press_office(self, unit: Actor) -> bool:
        """A service's press office ("Inter-Services Public Relations"), which speaks for it but
        has no soldiers of its own."""
        # asked once per unit named near each soldier: the names are joined once per actor
        # (and again only when it has gained an alias)
        key = (unit.id, unit.name, len(unit.aliases))
        found = self._press_offices.get(key)
        if found is None:
            names = " ".join(normalize(n) for n in [unit.name, *unit.aliases])
            found = self._press_offices[key] = any(w in names for w in PRESS_OFFICE_WORDS)
        return found

    def _other_service(self, state: _State, start: int, tok: Token, unit: ActorMention) -> bool:
        """True when another armed body is named between a unit named in the last sentence and
        the soldiers: they may be that body's."""
        for m in state.actor_mentions:
            if unit.start < m.start < tok.idx and m.actor_id and m.actor_id != unit.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.sector in ("MIL", "COP") and m.rule != "generic":
                    return True
        return False

    def _mention_at(self, state: _State, tok: Token) -> ActorMention | None:
        for m in state.actor_mentions:
            if m.start <= tok.idx < m.end:
                return m
        return None

    def _is_armed_group(self, actor_id: str | None) -> bool:
        actor = self.kb.get(actor_id) if actor_id else None
        return (
            actor is not None
            and actor.sector == "REB"
            and actor.kind in ("group", "organization")
            and not actor.provisional
        )

    def _attributed_group(
        self, state: _State, tok: Token, *, country: str | None = None
    ) -> str | None:
        """The armed group "militants", "gunmen", "a suicide bomber" belong to: the one the
        phrase names ("TTP fighters", "fighters of ETIM"), else the only group claiming
        responsibility in the article, else the only armed group it names at all."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                target = pobj
            elif child.dep_ not in ("compound", "nmod", "poss"):
                continue
            else:
                target = child
            m = self._mention_at(state, target)
            if m is not None and self._is_armed_group(m.actor_id):
                return m.actor_id
            if m is None and child.dep_ == "poss" and child.lemma_.lower() in GROUP_ANAPHORS:
                # "the group's fighters" (the anaphor is not linked yet): the armed group the
                # last sentences named, not the article's most salient one
                recent = self._recent_group(state, tok)
                if recent:
                    return recent
        if state.groups is None or state.groups_seen != len(state.actor_mentions):
            # recomputed when mentions were added since: a demonym phrase ("Pakistani
            # militants") is linked while the names after it are still being read
            state.groups, state.claimers = [], []
            state.groups_seen = len(state.actor_mentions)
            doc = state.doc
            for m in state.actor_mentions:
                group = m.actor_id
                if group is None or not self._is_armed_group(group):
                    continue
                if group not in state.groups:
                    state.groups.append(group)
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if (
                    root is not None
                    and root.dep_ == "nsubj"
                    and root.head.lemma_.lower() in RESPONSIBILITY_VERBS
                    and any(t.lower_ == "responsibility" for t in root.sent)
                    and group not in state.claimers
                ):
                    state.claimers.append(group)
        for pool in (state.claimers, state.groups):
            fitting = [g for g in pool if country is None or self.kb.country_of(g) == country]
            if len(fitting) == 1:
                return fitting[0]
            if pool:
                return self._salient_group(state, tok, fitting)
        return None

    def _salient_group(self, state: _State, tok: Token, groups: list[str]) -> str | None:
        """Several armed groups named: the one named earlier in the same sentence ("strikes on
        TTP hideouts, killing 20 militants"), else the one the article names at least twice as
        often as any other (its subject); otherwise no guess."""
        sent = tok.sent
        here = {
            m.actor_id
            for m in state.actor_mentions
            if sent.start_char <= m.start < tok.idx and m.actor_id in groups
        }
        if len(here) == 1:
            return here.pop()
        if here:
            return None
        counts = {g: 0 for g in groups}
        for m in state.actor_mentions:
            if m.actor_id in counts and m.rule not in ("coref", "attributed"):
                counts[m.actor_id] += 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) >= 2 and ranked[0][1] >= 2 * ranked[1][1] and ranked[0][1] >= 2:
            return ranked[0][0]
        return None

    def _owner_mention(self, state: _State, tok: Token) -> str | None:
        """The named group or body a noun's compound, possessor or "of" phrase points to."""
        for child in tok.children:
            target = child
            if child.dep_ == "prep" and child.lower_ == "of":
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("compound", "nmod", "poss"):
                continue
            m = self._mention_at(state, target)
            if m is None and target is not child and target.pos_ == "NOUN":
                # "members of an Islamic State cell": the cell is the named group's
                m = next(
                    (
                        found
                        for c in target.children
                        if c.dep_ in ("compound", "nmod", "poss")
                        and (found := self._mention_at(state, c)) is not None
                    ),
                    None,
                )
            actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
            if actor is not None and actor.kind in ("group", "organization"):
                return actor.id
        return None

    def _seated_body(self, state: _State, tok: Token) -> str | None:
        """ "urged members not to ...", some sentences after "the council" or "the committee":
        a bare plural "members" are that body's seats (the story is about the body)."""
        if tok.tag_ != "NNS" or any(
            c.dep_ not in ("det", "punct", "cc", "conj", "relcl", "acl") for c in tok.children
        ):
            return None
        for m in self._before(state, tok, sents_back=6):
            words = set(normalize(m.text).split())
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind == "person":
                continue
            names = words | set(normalize(actor.name).split())
            if names & SEATED_BODY_WORDS:
                return actor.id
        return None

    def _recent_members(self, state: _State, tok: Token, sents_back: int = 1) -> str | None:
        """The armed group whose people the last sentences counted ("members of the TTP",
        "ISKP fighters"), unless other unnamed people were named after them."""
        for m in self._before(state, tok, sents_back=sents_back):
            if m.rule == "attributed" and self._is_armed_group(m.actor_id):
                return m.actor_id
            if m.rule == "generic" and (m.actor_id or "").startswith("prov:"):
                span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.root.tag_ == "NNS" and _names_people(span.root):
                    return None  # "... and freed two hostages. The men": not the group's
        return None

    def _recent_group(self, state: _State, tok: Token, sents_back: int = 1) -> str | None:
        """ "the militants", "the attackers": the fighters the last sentences spoke of, when
        those were a named armed group ("TTP fighters crossed ... the militants")."""
        for m in self._before(state, tok, sents_back=sents_back):
            actor = self.kb.get(m.actor_id or "") or self._provisional_by_id(m.actor_id or "")
            if actor is None or actor.sector != "REB":
                continue
            return m.actor_id if self._is_armed_group(m.actor_id) else None
        return None

    # ---- generic nouns, bodies and pronouns -------------------------------------------------
    def _link_seated_staff(self, state: _State) -> None:
        """ "A foreign ministry spokesman in Astana said": an organ's staff that no possessor
        places is the organ of the state whose capital the phrase names."""
        doc = state.doc
        for tok in state.spelled(STAFF_NOUNS):
            organ = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "compound" and c.lemma_.lower() in ORGAN_WORDS
                ),
                None,
            )
            if organ is None or any(c.dep_ == "poss" for c in tok.children):
                continue
            det = next((c for c in tok.children if c.dep_ == "det" and c.i < organ.i), None)
            start = det.i if det is not None else organ.left_edge.i
            if state.covered(start, tok.i + 1) or any(
                doc[k].ent_type_ for k in range(organ.left_edge.i, tok.i)
            ):
                continue
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            seat = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            iso3 = self.kb.country_of_capital(seat.text) if seat is not None else None
            if iso3 is None:
                continue
            phrase = " ".join(t.lower_ for t in doc[organ.left_edge.i : organ.i + 1])
            state.add_actor(
                doc[start : tok.i + 1], self._organ_or_state(iso3, phrase), "generic", 0.6
            )

    def _link_generic(self, state: _State) -> None:
        doc = state.doc
        for tok in doc:
            if (
                tok.lower_ == "military"
                and tok.dep_ == "amod"
                and tok.head.lemma_.lower() in MILITARY_ACTS | SOURCE_ANAPHORS
                and tok.head.i == tok.i + 1
                and not state.covered(tok.i, tok.i + 2)
            ):
                # "fled military operations in North Waziristan": the armed forces acting; "a
                # second military statement said": the armed forces speaking
                actor_id = self._role_actor(state, tok.head, "military")
                if actor_id:
                    state.add_actor(doc[tok.i : tok.i + 2], actor_id, "generic", 0.5)
                continue
            if (
                tok.lower_ in NOMINAL_ADJECTIVES
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i - 1, tok.i + 1)
            ):
                # "the dead", "the accused", "the displaced": people named by what befell them
                span = doc[tok.i - 1 : tok.i + 1]
                actor = self._generic_actor(span.text, tok.lower_, "CVL", None, state)
                state.add_actor(span, actor.id, "generic", 0.5)
                continue
            if (
                tok.i >= 2
                and doc[tok.i - 1].text == "-"
                and not state.covered(tok.i - 2, tok.i + 1)
            ):
                hyphenated = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
                entry = GENERIC_NOUNS.get(hyphenated)
                if entry is not None and entry[1] == "state" and doc[tok.i - 2].is_lower:
                    # "the prosecutor-general's office said": the state's office (guide §0)
                    country = self._country_for(state, tok)
                    gov = self.kb.government_of(country) if country else None
                    start = _with_article(doc, tok.i - 2, ("a", "an", "the"))
                    if gov:
                        state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    continue
                if entry is not None and entry[1] is None:
                    # "a passer-by": a word the tokenizer splits at its hyphens
                    start = _with_article(doc, tok.i - 2, ("a", "an", "the"))
                    span = doc[start : tok.i + 1]
                    actor = self._generic_actor(span.text, hyphenated, entry[0], None, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                    continue
            # a noun the tagger took for a verb still heads a subject or object ("that
            # militants crossing from Afghanistan had been hiding")
            nominal = tok.pos_ in ("NOUN", "PROPN") or (
                tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            )
            if (
                not nominal
                or tok.ent_type_
                and tok.i not in state.untagged
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            lemma = tok.lemma_.lower()
            if (
                tok.tag_ == "NN"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and doc[tok.i - 1].head.i == tok.i
                and (lemma in GENERIC_NOUNS or lemma in BARE_GOVERNMENT)
                and (introduced := self._introduced_holder(state, tok, lemma))
            ):
                # "a senior official told reporters ... rejected the official's assertion"
                state.add_actor(doc[tok.i - 1 : tok.i + 1], introduced, "role", 0.6)
                continue
            compound = None
            if tok.i > 0 and doc[tok.i - 1].lower_ in COMPOUND_FIRST_WORDS:
                compound = f"{doc[tok.i - 1].lower_} {lemma}"
                if compound not in GENERIC_NOUNS:
                    compound = f"{doc[tok.i - 1].lower_} {tok.lower_}"
            if lemma in TEAM_NOUNS and any(
                c.dep_ == "compound" and c.lower_ in STATE_TASKS for c in tok.children
            ):
                # "an eradication team", "the demining squad": a body named by a task only the
                # state carries out here, so that state's (the sentence's country's) government
                country = self._country_for(state, tok)
                gov = self.kb.government_of(country) if country else None
                if gov:
                    state.add_actor(doc[tok.left_edge.i : tok.i + 1], gov, "generic", 0.5)
                continue
            if (
                tok.i > 0
                and f"{doc[tok.i - 1].lower_} {lemma}" in STATE_BODY_PHRASES
                and tok.dep_ != "compound"
            ):
                # "the central bank in Kabul": a national body without an id of its own is the
                # state (docs/annotation-guide.md §0), the one its seat or the sentence names
                country = self._government_country(state, tok)
                gov = self.kb.government_of(country) if country else None
                if gov:
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], gov, "generic", 0.5)
                continue
            if (
                lemma in SECURITY_POSTS
                and tok.tag_ in ("NN", "NNS")
                or lemma == "post"
                and any(c.lower_ == "security" and c.dep_ == "compound" for c in tok.children)
            ):
                # "Militants stormed a security checkpoint": the service that mans it is the
                # party attacked; "a police checkpoint" is the police's (its modifier is linked
                # already); "stopped at a checkpoint" only says where
                located = _located(tok) and tok.head.lower_ not in ("on", "upon")
                owned = any(
                    c.dep_ in ("compound", "amod", "poss") and state.covered(c.i, c.i + 1)
                    for c in tok.children
                )
                if not located and not owned:
                    actor_id = self._role_actor(state, tok, "military")
                    start = (
                        tok.left_edge.i
                        if doc[tok.left_edge.i].lower_ in ("a", "an", "the")
                        else tok.i
                    )
                    if actor_id and not state.covered(start, tok.i + 1):
                        state.add_actor(doc[start : tok.i + 1], actor_id, "generic", 0.5)
                continue
            entry = (
                GENERIC_NOUNS.get(compound or "")
                or GENERIC_NOUNS.get(lemma)
                or GENERIC_NOUNS.get(tok.lower_)
            )
            if entry is None:
                if (
                    lemma in ("government", "administration")
                    and tok.dep_ != "compound"
                    and any(c.dep_ == "amod" and c.lower_ in PAST_MODIFIERS for c in tok.children)
                ):
                    # "the previous administration": not the state's present government
                    span = doc[tok.left_edge.i : tok.i + 1]
                    actor = self._generic_actor(span.text, lemma, "GOV", None, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                elif lemma in ("government", "administration") and (
                    local := self._subnational_owner(state, tok)
                ):
                    # "the provincial government", "Khyber Pakhtunkhwa's provincial government":
                    # a province's or district's government is a body of its own, not the
                    # state (docs/annotation-guide.md §0)
                    span = doc[local : tok.i + 1]
                    country = self._country_for(state, tok)
                    actor = self._generic_actor(span.text, lemma, "GOV", country, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                elif tok.lower_ in ("ministers", "delegates") and (
                    igo := self._igo_members(state, tok)
                ):
                    # "Foreign ministers of the SCO met ... The ministers also endorsed": the
                    # ministers meeting as the bloc speak for it
                    start = _with_article(doc, tok.left_edge.i)
                    end = tok.i + 1
                    state.add_actor(doc[min(start, tok.i) : end], igo, "generic", 0.5)
                elif (
                    (tok.lower_ in BARE_GOVERNMENT or lemma in BARE_GOVERNMENT)
                    and tok.dep_ != "compound"
                    and tok.lower_ != "governments"  # several states, never one
                ):
                    country = self._government_country(state, tok)
                    gov = self.kb.government_of(country) if country else None
                    if gov:
                        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].dep_ == "amod" else tok.i
                        state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    elif (institution := _institution_modifier(tok)) is not None:
                        # "railway officials", "hospital officials": people speaking for an
                        # institution of their own, an actor of their own (guide §0)
                        span = doc[institution.i : tok.i + 1]
                        actor = self._generic_actor(
                            span.text, span.text.lower(), "UNK", None, state
                        )
                        state.add_actor(span, actor.id, "generic", 0.5)
                continue
            sector, role = entry
            if role == "state":
                # "Prosecutors said", "investigators seized": officers of a state's own
                # organs the KB has no id for speak for the state (guide §0), unless something
                # else owns them ("UN investigators", "defence lawyers")
                country = self._government_country(state, tok) if tok.dep_ != "compound" else None
                gov = self.kb.government_of(country) if country else None
                start = _with_article(doc, tok.i, ("a", "an", "the"))
                if gov and not state.covered(start, tok.i + 1):
                    state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    continue
                role = None
            if not role and _being_created(tok):
                continue
            if (
                not role
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].ent_type_ in ("ORG", "PERSON")
                and doc[tok.i + 1].ent_iob_ == "B"
            ):
                continue  # "the think tank Tabadlab", "the journalist Bilal Sarwary": the name

            if tok.dep_ == "compound" and tok.head.i != tok.i:
                after = tok.head.i + 1
                if (
                    after == tok.i + 2
                    and (
                        f"{tok.lower_} {tok.head.lemma_.lower()}" in GENERIC_NOUNS
                        or f"{tok.lower_} {tok.head.lower_}" in GENERIC_NOUNS
                    )
                    and not state.covered(tok.head.i, after)
                    and not (after < len(doc) and doc[after].ent_type_ == "PERSON")
                ):
                    # "a senior police officer": the head links the whole phrase (not before
                    # a name: "police officer Nazir Khan" is the person's title)
                    continue
                # "police post", "army posts": the service is still a party to what happens there
                if role and doc[tok.i - 1].lower_ not in ("suicide", "security"):
                    actor_id = self._role_actor(state, tok, role)
                    if actor_id:
                        state.add_actor(tok, actor_id, "generic", 0.4)
                continue
            if lemma in MEMBER_NOUNS:
                owner = self._owner_mention(state, tok) or self._seated_body(state, tok)
                if owner is not None:
                    # "al-Qaeda members", "members of the TTP": the body they belong to
                    state.add_actor(tok, owner, "attributed", 0.6)
                    continue
            if (
                lemma in PEOPLE_ANAPHORS
                and tok.tag_ == "NNS"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and doc[tok.i - 1].head.i == tok.i
            ):
                group = self._recent_members(state, tok)
                if group:
                    # "arrested five members of an IS cell ... the men had been planning"
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], group, "attributed", 0.6)
                    continue
            if (
                lemma in PEOPLE_ANAPHORS
                and tok.i > 0
                and doc[tok.i - 1].dep_ == "nummod"
                and doc[tok.i - 1].head.i == tok.i
                and len(list(tok.children)) == 1
            ):
                group = self._recent_members(state, tok, sents_back=3)
                if group:
                    # "arrested five suspected members of the BLA. One suspect was wounded":
                    # one of the people just counted
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], group, "attributed", 0.6)
                    continue
            uses_compound = bool(compound and GENERIC_NOUNS.get(compound))
            bare_only = lemma in BARE_ONLY or tok.lower_ in BARE_ONLY
            if bare_only and not uses_compound and not _unowned(tok, allow=PLIGHT_MODIFIERS):
                continue
            start = tok.i - 1 if uses_compound else tok.i
            if (
                start > 0
                and doc[start - 1].lower_ in ("a", "an", "the")
                and (doc[start - 1].head.i == tok.i)
            ):
                start -= 1  # "A security official said": the phrase as the reader sees it
            span = doc[start : tok.i + 1]
            if role and self._from_several_states(state, tok):
                # "troops from Russia, Tajikistan and Kyrgyzstan began an exercise of the
                # CSTO": no one state's; the alliance the sentence names, if any
                sent = tok.sent
                igo = next(
                    (
                        m.actor_id
                        for m in state.actor_mentions
                        if sent.start_char <= m.start < sent.end_char
                        and (a := self.kb.get(m.actor_id or "")) is not None
                        and a.sector == "IGO"
                    ),
                    None,
                )
                if igo:
                    state.add_actor(span, igo, "generic", 0.5)
                continue
            if role:
                role = _service_modifier(tok) or role
                actor_id = self._role_actor(state, tok, role)
                if actor_id:
                    state.add_actor(span, actor_id, "generic", 0.6)
                    continue
            if not role and any(
                c.dep_ in ("amod", "compound") and c.lower_ in LISTED_STATUS for c in tok.children
            ):
                # "the wanted men", "the designated financiers": people a state has listed as
                # a group's, after the passage named the group
                group = self._recent_group(state, tok, sents_back=2)
                if group:
                    state.add_actor(span, group, "attributed", 0.6)
                    continue
            if sector == "REB":
                group = self._attributed_group(state, tok)
                owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                pointing = any(
                    c.lower_ in ("these", "those", "such") and c.dep_ in ("det", "amod", "predet")
                    for c in tok.children
                )
                if group is None and (
                    owned or pointing or doc[start].lower_ == "the" and len(span) == 2
                ):
                    group = self._recent_group(state, tok)
                if group:
                    state.add_actor(span, group, "attributed", 0.6)
                    continue
            country = state.focus[0] if state.focus and sector == "REB" else None
            actor = self._generic_actor(span.text, lemma, sector, country, state)
            state.add_actor(span, actor.id, "generic", 0.5)

    def _igo_members(self, state: _State, tok: Token) -> str | None:
        """The intergovernmental body whose "ministers of" these are ("foreign ministers of
        the SCO"), or, for a bare "the ministers", the one such body named so before."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    m = self._mention_at(state, pobj) if pobj.dep_ == "pobj" else None
                    actor = self.kb.get(m.actor_id or "") if m is not None else None
                    if actor is not None and actor.sector == "IGO":
                        state.igo_ministers = actor.id
                        return actor.id
                return None
        bare = [c for c in tok.children if c.dep_ not in ("punct",)]
        if state.igo_ministers and [c.lower_ for c in bare] == ["the"]:
            return state.igo_ministers
        return None

    def _from_several_states(self, state: _State, tok: Token) -> bool:
        """True for "troops from Russia, Tajikistan and Kyrgyzstan": people of several states."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            states = {
                country
                for t in [pobj, *pobj.conjuncts]
                if (country := self._place_country(state, t))
            }
            if len(states) >= 2:
                return True
        return False

    def _link_owned_organs(self, state: _State) -> None:
        """ "Kazakhstan's emergencies ministry", "Uzbekistan's transport ministry": a state's
        organ written in lower case, which the tagger leaves outside any name. The organ the
        words name when the KB has it, else the state (docs/annotation-guide.md §0); linked as
        a phrase of its own so that "the ministry" later finds it."""
        doc = state.doc
        for tok in state.tokens:
            if (
                tok.lemma_.lower() not in STATE_BODY_WORDS
                or tok.ent_type_ not in ("", "ORG")
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is None or poss.i + 2 > tok.i or doc[poss.i + 1].text not in POSSESSIVES:
                continue
            words = doc[poss.i + 2 : tok.i + 1]
            if not all(t.is_lower for t in words):
                continue
            m = self._mention_at(state, poss)
            actor = self.kb.get(m.actor_id or "") if m is not None else None
            if actor is None or not actor.country:
                continue
            iso3 = actor.country
            if actor.kind != "country" and self.kb.government_of(iso3) != actor.id:
                continue  # "the TTP's political department": not a state's
            state.add_actor(words, self._organ_or_state(iso3, words.text), "metonymy", 0.7)

    def _organ_or_state(self, iso3: str, phrase: str) -> str:
        """The curated organ of `iso3` that `phrase` names ("defence ministry"), else the state
        itself (docs/annotation-guide.md §0)."""
        role = self._cue_roles.get(normalize(phrase))
        organ = self.kb.named_organ(iso3, role) if role else None
        return organ or self.kb.government_of(iso3) or iso3

    def _link_branches(self, state: _State) -> None:
        """ "the Islamic State's Khorasan branch", "the UN mission": a body the knowledge base
        lists under the named parent, chosen by the head noun or a word of its name."""
        doc = state.doc
        for tok in doc:
            low = tok.lemma_.lower()
            if low not in BRANCH_NOUNS and low not in BODY_ANAPHORS or tok.tag_ in ("NNS", "NNPS"):
                continue
            if tok.ent_type_ and tok.ent_id_ and tok.ent_id_ != "place":
                continue  # part of a name the ruler knows ("UN Security Council")
            owner = next(
                (c for c in tok.children if c.dep_ in ("poss", "compound") and c.ent_id_), None
            )
            if owner is None or owner.ent_id_ == "place" or not self.kb.get(owner.ent_id_):
                continue
            start = owner.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            if state.covered(start, tok.i + 1):
                continue
            children = self.kb.children_of(owner.ent_id_)
            words = {normalize(t.text) for t in doc[owner.i + 1 : tok.i]} - {"", "s"}
            chosen = None
            earlier = normalize(doc.text[: tok.idx])
            for child in children:
                names = " ".join(normalize(n) for n in [child.name, *child.aliases]).split()
                if words & set(names) or (low in BODY_ANAPHORS and low in names):
                    if any(
                        f" {normalize(n)} " in f" {earlier} "
                        for n in [child.name, *child.aliases]
                        if len(n) > 4
                    ):
                        # "the UN Office on Drugs and Crime ... the UN agency said": of the
                        # children that fit, the one the article has named
                        chosen = child.id
                        break
                    chosen = chosen or child.id
            if chosen is None and low in BRANCH_NOUNS and len(children) == 1:
                chosen = children[0].id
            if chosen:
                start = _with_article(doc, start)
                state.add_actor(doc[start : tok.i + 1], chosen, "alias", 0.8)

    def _link_body_anaphors(self, state: _State) -> None:
        """ "The mission said", "told the council": the last body named with that head noun;
        "the Russia-led bloc": the last intergovernmental body; "the provincial home
        department": an organ of the sentence's country."""
        doc = state.doc
        for tok in doc:
            low = tok.lemma_.lower()
            if (
                low not in BODY_ANAPHORS and low not in IGO_ANAPHORS and low not in STATE_BODY_WORDS
            ) or (tok.ent_type_ or state.covered(tok.i, tok.i + 1) or tok.tag_ in ("NNS", "NNPS")):
                continue
            if (
                tok.dep_ == "compound"
                and (
                    tok.head.lemma_ in PERSON_ROLE_NOUNS
                    or tok.head.lemma_.lower() in SOURCE_ANAPHORS | REPORT_ANAPHORS
                )
                and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
            ):
                # "A ministry spokesman said", "a ministry statement": the ministry the article
                # just named
                hdet = [c for c in tok.head.children if c.dep_ == "det" and c.i < tok.i]
                if hdet and hdet[0].lower_ in ("a", "an", "the"):
                    target = self._named_body(state, tok, low, igo=False)
                    if target and not state.covered(hdet[0].i, tok.head.i + 1):
                        state.add_actor(doc[hdet[0].i : tok.head.i + 1], target, "coref", 0.6)
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or det[0].i > tok.i:
                continue
            others = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            led = [c for c in others if c.dep_ == "amod" and c.lemma_ in ("lead", "back")]
            plain = [c for c in others if c not in led]
            start = det[0].i
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                start = tok.i
            if not plain:
                target = self._named_body(state, tok, low, igo=bool(led))
                if target:
                    state.add_actor(doc[start : tok.i + 1], target, "coref", 0.7)
                continue
            if low in BODY_ANAPHORS and all(c.is_lower and c.dep_ != "poss" for c in plain):
                # "the monitoring team" after "a UN monitoring team": every word must fit
                target = self._named_body(state, tok, low, igo=False)
                actor = self.kb.get(target or "")
                if actor is not None:
                    names = " ".join(normalize(n) for n in [actor.name, *actor.aliases]).split()
                    if all(normalize(c.text) in names for c in plain):
                        state.add_actor(doc[start : tok.i + 1], actor.id, "coref", 0.6)
                        continue
            if (
                low in STATE_BODY_WORDS
                and not led
                and all(c.is_lower and not c.ent_type_ and c.dep_ != "poss" for c in plain)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            ):
                # an organ the article does not name, "according to the provincial home
                # department": the state of the sentence, or its organ when the words say which;
                # "the foreign ministry in Tehran": the state its seat names
                country = self._seat_country(state, tok) or self._country_for(state, tok)
                if not country:
                    continue
                phrase = " ".join(t.lower_ for t in doc[min(c.i for c in plain) : tok.i + 1])
                actor_id = self._organ_or_state(country, phrase)
                state.add_actor(doc[start : tok.i + 1], actor_id, "generic", 0.5)

    def _seat_country(self, state: _State, tok: Token) -> str | None:
        """The country of the place an organ sits in: "the interior ministry in Kabul"."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._place_country(state, pobj)
        return None

    def _named_body(self, state: _State, tok: Token, low: str, *, igo: bool) -> str | None:
        """The body "the ministry", "the mission" points back to: the nearest one named with
        that word, else whose canonical name, else whose aliases have it (the Taliban's many
        ministry aliases must not capture every later "the ministry")."""
        bodies = []
        for m in self._before(state, tok):
            actor = self.kb.get(m.actor_id or "") or self._provisional_by_id(m.actor_id or "")
            if actor is None or actor.kind == "person":
                continue
            if actor.provisional and low not in normalize(m.text).split():
                continue  # a body the KB does not know counts only when named with the word
            if actor.kind == "country" and m.rule == "name":
                continue  # "Pakistan's Commerce Ministry ... the ministry" is a phrase, not a name
            bodies.append((m, actor))
        sent_start = tok.sent.start_char
        tests: list[Callable[[ActorMention, Actor], bool]] = [
            # "Dushanbe has refused ties with the Taliban and accused the movement of ...": a
            # body of the same sentence known as "the Taliban movement" beats an earlier name
            # (not for organs: the Taliban's ministry aliases must not capture "the ministry")
            lambda m, a: (
                m.start >= sent_start
                and low not in STATE_BODY_WORDS | {"office", "mission", "embassy"}
                and a.kind != "country"
                and low in " ".join(normalize(n) for n in [a.name, *a.aliases]).split()
            ),
            lambda m, a: low in normalize(m.text).split(),
            lambda m, a: a.kind != "country" and low in normalize(a.name).split(),
            # "Pakistan's Foreign Office ... a ministry statement": an organ of ministry rank
            lambda m, a: (
                low == "ministry"
                and m.rule in ("name", "alias", "title")
                and self._ministry_rank(a)
            ),
            lambda m, a: (
                a.kind != "country" and low in " ".join(normalize(n) for n in a.aliases).split()
            ),
        ]
        for test in tests:
            for m, actor in bodies:
                if test(m, actor):
                    return actor.id
        if igo or low in IGO_ANAPHORS:
            for _, actor in bodies:
                if actor.sector == "IGO":
                    return actor.id
        return None

    def _ministry_rank(self, actor: Actor) -> bool:
        """True for the curated organ of a ministry role ("Foreign Office" → foreign-ministry)."""
        iso3 = actor.country
        if not iso3 or self.kb.government_of(iso3) == actor.id:
            return False  # a government standing in for its organs is no ministry
        return any(
            tpl.role.endswith("ministry") and self.kb.sub_actor(iso3, tpl.role) == actor.id
            for tpl in self.kb.templates
        )

    def _link_surnames(self, state: _State) -> None:
        """ "Dar said ..." after "Ishaq Dar": a surname the tagger left outside any entity."""
        for tok in state.doc:
            if (
                tok.pos_ == "PROPN"
                and not tok.ent_type_
                and tok.text.istitle()
                and not state.covered(tok.i, tok.i + 1)
            ):
                short = state.short_form(tok.text)
                if short and self._is_person(short):
                    state.add_actor(tok, short, "coref", 0.8)

    def _named_diplomats(self, state: _State) -> None:
        """ "Russia's envoy" after "Zamir Kabulov, Russia's special envoy": the person the
        article already named for that role, not the ministry unnamed envoys stand for."""
        doc = state.doc
        for m in state.actor_mentions:
            if m.rule not in ("name", "demonym", "metonymy"):
                continue
            body = self.kb.get(m.actor_id or "")
            if body is None or body.kind == "person" or not body.country:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span[-1].lemma_.lower() not in ROLE_ANAPHORS:
                continue
            head = span[-1]
            mods = {t.lower_ for t in span if t.i < head.i and t.is_lower} - ROLE_NEUTRAL
            holder = self.kb.get(self._named_role_holder(state, head, head.lemma_, mods) or "")
            if holder is not None and holder.kind == "person" and holder.country == body.country:
                m.actor_id = holder.id
                m.rule = "role"

    def _places_in_names(self, state: _State) -> None:
        """ "The UN mission in Afghanistan": a body's name that says where it works names that
        place too, as a reader (and the annotation guide) sees it."""
        doc = state.doc
        taken = {(pm.start, pm.end) for pm in state.place_mentions}
        for m in list(state.actor_mentions):
            if m.rule not in ("name", "alias"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            prep = next((t for t in span[1:-1] if t.lower_ == "in"), None)
            if prep is None:
                continue
            where = doc[prep.i + 1 : span.end]
            if (where.start_char, where.end_char) in taken or not where.text[:1].isupper():
                continue
            place = self.gazetteer.resolve(
                where.text, focus_countries=state.focus_counts or state.focus
            )
            if place is None or normalize(place.name) != normalize(where.text):
                continue
            state.place_mentions.append(
                PlaceMention(where.start_char, where.end_char, where.text, place.id, "in-name", 0.8)
            )

    def _named_sites(self, state: _State) -> None:
        """ "The Imam Zaman mosque", "the Gul Bahar market": a named building or market the
        gazetteer cannot know stands in the town the story has just named, as an analyst
        places it; it takes that town's coordinates (the nearest city named before it, in the
        same sentence or earlier)."""
        doc = state.doc
        taken = [(pm.start, pm.end) for pm in state.place_mentions]
        for tok in state.spelled(SITE_NOUNS):
            start = tok.i
            while (
                start > 0
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and not doc[start - 1].is_stop
            ):
                start -= 1
            if start == tok.i:
                continue
            name = doc[start : tok.i + 1]
            if any(s < name.end_char and name.start_char < e for s, e in taken):
                continue
            if tok.i - start == 1 and (doc[start].ent_type_ in ("NORP", "DATE", "GPE")):
                continue  # "a Shia mosque", "Friday mosque", "Kabul mosque": no name
            town = None
            # only a town the story has just named: a few sentences back at most
            earliest = doc[_sentences_back(tok, _SITE_WINDOW_SENTENCES)].idx
            for pm in sorted(state.place_mentions, key=lambda m: m.start, reverse=True):
                if pm.start >= name.start_char or pm.place_id is None:
                    continue
                if pm.start < earliest:
                    break
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.kind == "city":
                    town = pm
                    break
            if town is None:
                continue
            state.place_mentions.append(
                PlaceMention(name.start_char, name.end_char, name.text, town.place_id, "site", 0.6)
            )

    def _prefer_branch(self, state: _State) -> None:
        """ "ISKP claimed the attack ... the Islamic State said": once an article has named one
        branch of a transnational group, the group's mentions mean that branch, unless the
        article named the group in its own right before the branch came up. A name used as a
        modifier ("an Islamic State cell", "IS fighters") is the branch's local people, and so
        are the phrases pointing back to it."""
        first: dict[str, int] = {}
        named_first: dict[str, int] = {}
        for m in state.actor_mentions:
            if not m.actor_id:
                continue
            first.setdefault(m.actor_id, m.start)
            if m.rule not in ("name", "alias"):
                continue
            root = self._mention_root(state, m)
            if root is None or not (root.dep_ in ("compound", "nmod") and root.head.i > root.i):
                named_first.setdefault(m.actor_id, m.start)
        focus = set(state.focus[:3])
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "group" or actor.country or actor.sector != "REB":
                continue
            kids = [c.id for c in self.kb.children_of(actor.id) if c.id in first]
            if not kids and not focus & set(self.kb.attributes_of(actor.id).based_in):
                # "the Taliban were fighting the Islamic State" in an article about Afghanistan:
                # the one branch based where the article is, when the group itself is not
                local = [
                    c.id
                    for c in self.kb.children_of(actor.id)
                    if focus & set(self.kb.attributes_of(c.id).based_in)
                ]
                if len(local) == 1:
                    m.actor_id = local[0]
                continue
            if len(kids) != 1:
                continue
            if actor.id in named_first and named_first[actor.id] < first[kids[0]]:
                continue
            m.actor_id = kids[0]

    def _link_role_anaphors(self, state: _State) -> None:
        """Definite phrases without a name that point back: "the envoy", "the foreign minister"
        (the role holder named earlier, else the one body the knowledge base gives that title),
        "the statement" (whoever issued it), "the convoy" (the armed service shown acting)."""
        doc = state.doc
        for tok in doc:
            low = tok.lemma_.lower()
            if (
                tok.pos_ not in ("NOUN", "PROPN")
                or tok.tag_ in ("NNS", "NNPS")
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            if (
                low not in ROLE_ANAPHORS
                and low not in SOURCE_ANAPHORS
                and low not in UNIT_ANAPHORS
                and low not in REPORT_ANAPHORS
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or det[0].i > tok.i:
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            if any(c.ent_type_ or c.dep_ == "poss" or not c.is_lower for c in mods):
                continue  # owned or named ("the Taliban's envoy"): the title rule's business
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            nxt = tok.i + 1
            if nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
                continue  # "the foreign minister, Ishaq Dar": the name decides
            words = {c.lower_ for c in mods} - ROLE_NEUTRAL
            if "former" in words:
                continue
            start = min([det[0].i] + [c.i for c in mods])
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                start = tok.i  # "the army chief" with "army" already the service
            target: str | None = None
            if low in SOURCE_ANAPHORS or low in REPORT_ANAPHORS:
                if not mods:
                    target = self._statement_source(state, tok)
            elif low in UNIT_ANAPHORS:
                if not mods:
                    target = self._acting_unit(state, tok)
            else:
                target = self._role_holder(state, tok, low, words)
            if target:
                state.add_actor(doc[start : tok.i + 1], target, "role", 0.6)

    def _link_administrators(self, state: _State) -> None:
        """ "The deputy commissioner of North Waziristan said": an unnamed officer of the
        state's civil administration of a district speaks for the state whose district it is."""
        doc = state.doc
        for tok in state.spelled(ADMINISTRATOR_NOUNS):
            if tok.tag_ != "NN" or tok.ent_type_ or state.covered(tok.i, tok.i + 1):
                continue
            if tok.dep_ in ("appos", "attr", "compound"):
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in ("the", "a", "an"):
                continue
            if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children):
                continue  # "the deputy commissioner, Ahmed Khan": the name decides
            nxt = tok.i + 1
            if nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
                continue
            if any(state.covered(k, k + 1) for k in range(det.i, tok.i)):
                continue
            country = None
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    country = self._place_country(state, pobj)
            country = country or self._country_for(state, tok)
            gov = self.kb.government_of(country) if country else None
            if gov:
                state.add_actor(doc[det.i : tok.i + 1], gov, "generic", 0.5)

    def _link_unnamed_roles(self, state: _State) -> None:
        """ "a provincial governor", "a Western official in Kabul", "Sindh's home minister": a
        role holder the text never names is an actor of its own (guide §3), not the state's
        government."""
        doc = state.doc
        for tok in doc:
            if (
                tok.tag_ != "NN"
                or tok.lemma_.lower() not in PERSON_ROLE_NOUNS
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
                or tok.dep_ in ("appos", "attr", "compound")
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if det and det[0].lower_ in ("a", "an", "another"):
                start = det[0].i
            elif owner is not None and self._subnational_place(state, owner):
                start = owner.left_edge.i  # a province's or a city's office, not the state's
            else:
                continue
            if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children):
                continue  # "a spokesman, Tahir Andrabi": the name decides
            nxt = tok.i + 1
            if nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
                continue
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                continue
            span = doc[start : tok.i + 1]
            name = doc[start + 1 : tok.i + 1].text if owner is None else span.text
            actor = self._generic_actor(name, tok.lemma_.lower(), "GOV", None, state)
            state.add_actor(span, actor.id, "generic", 0.4)

    def _subnational_owner(self, state: _State, tok: Token) -> int | None:
        """Where "the provincial government", "the Balochistan government" begins when a
        sub-national tier or place owns the noun; None for the state's own government."""
        owners = [
            c
            for c in tok.children
            if c.dep_ == "amod"
            and c.lower_ in SUBNATIONAL_TIERS
            or c.dep_ in ("poss", "compound")
            and c.i < tok.i
            and self._subnational_place(state, c)
        ]
        if not owners or tok.dep_ == "compound":
            return None
        return min(c.left_edge.i for c in owners)

    def _subnational_place(self, state: _State, tok: Token) -> bool:
        pm = _place_mention_at(state, tok)
        place = self.gazetteer.get(pm.place_id or "") if pm is not None else None
        return place is not None and place.kind != "country"

    def _before(self, state: _State, tok: Token, sents_back: int | None = None):
        """Mentions before a token, nearest first, optionally within a few sentences."""
        limit = -1
        if sents_back is not None:
            sents = list(state.doc.sents) if state.sents is None else state.sents
            state.sents = sents
            idx = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
            limit = sents[max(idx - sents_back, 0)].start_char
        for m in sorted(state.actor_mentions, key=lambda m: -m.start):
            if m.start >= tok.idx or not m.actor_id:
                continue
            if m.start < limit:
                break
            yield m

    def _mention_root(self, state: _State, m: ActorMention) -> Token | None:
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _role_words(self, state: _State, m: ActorMention) -> set[str]:
        """Words naming the function of whoever a mention stands for: the title around a name
        ("Foreign Minister Ishaq Dar", "Ishaq Dar, the foreign minister"), the role a body's
        name qualifies ("Pakistan's ambassador", "the head of UNAMA"), the person's KB titles."""
        words: set[str] = set()
        root = self._mention_root(state, m)
        actor = self.kb.get(m.actor_id) if m.actor_id else None
        if root is not None:
            words.update(
                t.lower_ for t in root.doc.char_span(m.start, m.end, alignment_mode="expand") or []
            )
            for child in root.children:
                if child.dep_ in ("compound", "amod", "appos"):
                    # "the supreme leader, Hibatullah Akhundzada, and the chief justice": a
                    # coordinated second person's title is not this one's
                    words.update(t.lower_ for t in _subtree_without_conj(child))
            head = root.head
            if root.dep_ in ("poss", "compound", "nmod") and head.i != root.i:
                words.add(head.lower_)
                words.update(c.lower_ for c in head.children if c.dep_ in ("amod", "compound"))
            elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
                words.add(head.head.lower_)
                words.update(c.lower_ for c in head.head.children if c.dep_ in ("amod", "compound"))
        if actor is not None and actor.kind == "person":
            for t in self.kb.titles:
                if t.actor_id == actor.id:
                    words.update(t.title.split())
        return words

    def _role_holder(self, state: _State, tok: Token, low: str, words: set[str]) -> str | None:
        introduced = self._introduced_holder(state, tok, low)
        if introduced:
            return introduced
        found = self._named_role_holder(state, tok, low, words)
        if found is None and low in GOVERNMENT_ROLE_NOUNS:
            # "the deputy minister for refugees" nobody named: a member of the government of
            # the country the sentence is about
            country = self._country_for(state, tok)
            found = (self.kb.government_of(country) or country) if country else None
        return found

    def _introduced_holder(self, state: _State, tok: Token, low: str) -> str | None:
        """ "A senior counter-terrorism official told reporters ... Mujahid rejected the
        official's assertion": an unnamed holder introduced with "a" in this sentence or the
        two before is who "the official" is."""
        limit = state.doc[_sentences_back(tok, 2)].idx
        for m in sorted(state.actor_mentions, key=lambda m: -m.start):
            if m.start < limit:
                break  # newest first: the rest are older still
            if m.start >= tok.idx or not m.actor_id:
                continue
            root = self._mention_root(state, m)
            if (
                m.rule == "generic"
                and root is not None
                and root.lemma_.lower() == low
                and root.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
            ):
                return m.actor_id
        return None

    def _named_role_holder(
        self, state: _State, tok: Token, low: str, words: set[str]
    ) -> str | None:
        if "deputy" in words and low not in SPOKES_NOUNS:
            return None  # the deputy is not the minister the article named
        forms = {low, tok.lower_}
        before = list(self._before(state, tok))
        holders = []
        for m in before:
            if m.rule in ("generic", "attributed", "coref", "role") or m.end > tok.idx:
                continue
            have = self._role_words(state, m)
            if forms & have and words <= have:
                holders.append(m.actor_id)
        if len(set(holders)) > 1 and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Dar rejected it. He said he would meet the Taliban's foreign minister, Muttaqi.
            # The minister did not say ...": a subject goes on about the last subject
            subjects = self._recent_subjects(state, tok)
            for actor_id in holders:
                if actor_id in subjects:
                    return actor_id
        if holders:
            return holders[0]
        # Nobody named holds the role: the one body of this article the KB gives that title to
        # ("the envoy" after "the UN mission" → the mission).
        mentioned = {m.actor_id for m in before}
        exact: set[str] = set()
        loose: set[str] = set()
        for t in self.kb.titles:
            parts = t.title.split()
            if parts[-1] in forms and words <= set(parts) and t.of in mentioned:
                loose.add(t.of)
                if set(parts) - forms == words:
                    exact.add(t.of)  # "the envoy" is an envoy before a "special envoy"
        for owners in (exact, loose):
            if owners:
                return owners.pop() if len(owners) == 1 else None
        return None

    def _recent_subjects(self, state: _State, tok: Token) -> set[str]:
        """Actors that are subjects in this sentence (before ``tok``) or the three before it
        (pronouns are not resolved yet: "Dar rejected it. He said ... he said")."""
        out: set[str] = set()
        for m in self._before(state, tok, sents_back=3):
            root = self._mention_root(state, m)
            if root is not None and root.dep_ in ("nsubj", "nsubjpass") and m.actor_id:
                out.add(m.actor_id)
        return out

    def _is_speaker(self, root: Token | None) -> bool:
        if root is None:
            return False
        if root.dep_ == "appos":
            root = root.head  # "Inter-Services Public Relations (ISPR) said"
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH_VERBS:
            return True
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if (
            root.dep_ == "pobj"
            and head.lower_ in ("by", "from")
            and head.head.lemma_ in SOURCE_ANAPHORS
        ):
            return True
        return root.dep_ == "poss" and head.lemma_ in SOURCE_ANAPHORS

    def _statement_source(self, state: _State, tok: Token) -> str | None:
        verb = tok.head.lemma_.lower()
        is_document = tok.lemma_.lower() in REPORT_ANAPHORS
        if tok.dep_ not in ("nsubj", "nsubjpass") or (
            verb not in SPEECH_VERBS and not (is_document and verb in FINDING_VERBS)
        ):
            return None
        # "CRSS published a report ... The study found": one document, named two ways
        kinds = set(REPORT_ANAPHORS) if is_document else {tok.lemma_.lower()}
        own = self._publisher_of(state, tok)
        if own:
            return own  # "The report, prepared by the monitoring team, says"
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss") for c in tok.children
        ):
            # "ISPR said in a statement ... 'the statement said'": the same statement, linked
            # to its source already
            for t in reversed(state.doc[_sentences_back(tok, 1) : tok.i]):
                if t.lemma_.lower() != tok.lemma_.lower():
                    continue
                said = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
                if said is None or said.lemma_.lower() not in SPEECH_VERBS:
                    break
                subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
                m = self._mention_at(state, subj) if subj is not None else None
                if m is not None and m.actor_id:
                    return m.actor_id
                break
        for m in self._before(state, tok):
            root = self._mention_root(state, m)
            if root is None:
                continue
            if root.dep_ == "appos":
                root = root.head
            head = root.head
            if root.dep_ == "pobj" and head.lower_ in ("by", "from", "of"):
                # "a joint statement released by Uzbekistan's ministry", "the report of X"
                issued = head.head
                if issued.lemma_ in kinds or issued.head.lemma_ in kinds:
                    return m.actor_id
            if root.dep_ in ("poss", "compound") and head.lemma_ in kinds:
                return m.actor_id  # "the ministry's statement", "a UN monitoring team report"
            if (
                root.dep_ == "nsubj"
                and head.lemma_.lower() in PUBLISH_VERBS
                # one document ("issued travel documents" publishes none)
                and any(
                    c.dep_ == "dobj" and c.lemma_ in kinds and c.tag_ == "NN" for c in head.children
                )
            ):
                return m.actor_id  # "CRSS published a report", "the ISPR issued a statement"
        if tok.lemma_ not in SOURCE_ANAPHORS:
            return None  # a report is only its publisher's when the text says who that is
        for m in self._before(state, tok, sents_back=1):
            if self._is_speaker(self._mention_root(state, m)):
                return m.actor_id
        return None

    def _publisher_of(self, state: _State, tok: Token) -> str | None:
        """Who a document noun names as its author: "X's report", "a UN team report", "the
        report prepared by X", or the subject of a publishing verb whose object it is ("the
        monitoring team publishes a report")."""

        def body_at(target: Token) -> str | None:
            m = self._mention_at(state, target)
            if m is not None and m.actor_id and not self._is_person(m.actor_id):
                return m.actor_id
            return None

        for child in tok.children:
            target = child
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = next((g for g in child.children if g.lower_ == "by"), None)
                target = (
                    next((g for g in agent.children if g.dep_ == "pobj"), child) if agent else child
                )
            elif child.dep_ == "prep" and child.lower_ == "by":
                # "a report by UN sanctions monitors"
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("poss", "compound"):
                continue
            if (author := body_at(target)) is not None:
                return author
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in PUBLISH_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return body_at(subj) if subj is not None else None

    def _un_report_author(self, state: _State) -> None:
        """ "a UN report" when the article names exactly one body of the UN family (UNAMA, the
        UN monitoring team ...): that body wrote it, not the organisation as a whole."""
        doc = state.doc
        members: set[str] = set()
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is not None and actor.kind != "person" and actor.parent:
                parent = self.kb.get(actor.parent)
                if parent is not None and parent.sector == "IGO" and not parent.parent:
                    members.add(actor.id)
        if len(members) != 1:
            return
        author = members.pop()
        body = self.kb.get(author)
        parent_id = body.parent if body is not None else None
        for idx, m in enumerate(state.actor_mentions):
            if m.actor_id != parent_id:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            noun = doc[span.end]
            # only a report: "UN surveys" of opium or returns are the agencies' of that trade
            if noun.lemma_.lower() == "report" and span.root.head.i == noun.i:
                state.actor_mentions[idx] = replace(m, actor_id=author, rule="coref")

    def _link_documents(self, state: _State) -> None:
        """Once a report's author or a statement's issuer is known, "the report", "the
        findings" and "the statement" stand for them wherever they occur ("The Taliban rejected
        the findings", "The statement made no mention of ...")."""
        doc = state.doc
        # a report's author and a statement's issuer are kept apart: "the statement" after
        # "the UN report" is not the UN's
        authors: dict[str, str | None] = {"report": None, "statement": None}
        for tok in doc:
            low = tok.lemma_.lower()
            if low in SOURCE_ANAPHORS:
                kind = "statement"
            elif low in REPORT_ANAPHORS or low in REPORT_CONTENT:
                kind = "report"
            else:
                continue
            document = low in REPORT_ANAPHORS or low in SOURCE_ANAPHORS
            m = self._mention_at(state, tok)
            if m is not None:
                if m.rule == "role" and document:
                    authors[kind] = m.actor_id
                continue
            if document and tok.tag_ == "NN":
                own = self._publisher_of(state, tok)
                if own:
                    authors[kind] = own
                    continue
            author = authors[kind]
            det = [c for c in tok.children if c.dep_ == "det"]
            # "the latest report", "this report", "these reports": the same document or series
            mods = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound", "nmod", "poss")
                and c.lower_ not in DOCUMENT_NEUTRAL
            ]
            if author is None or mods or not det or det[0].lower_ not in DOCUMENT_DETERMINERS:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "the findings of an inquiry": someone else's
            state.add_actor(doc[det[0].i : tok.i + 1], author, "role", 0.5)

    def _link_body_members(self, state: _State) -> None:
        """ "The monitors write" after "a UN monitoring team": the people of a named body, by a
        word of its name."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if (
                tok.ent_type_
                or len(tok.lemma_) < 5
                or state.covered(tok.i, tok.i + 1)
                or tok.dep_ not in ("nsubj", "nsubjpass")
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or len(list(tok.children)) != 1:
                continue
            stem = tok.lemma_.lower()
            found = None
            for m in self._before(state, tok, sents_back=3):
                actor = self.kb.get(m.actor_id or "")
                if actor is None or actor.kind in ("person", "country"):
                    continue
                words = normalize(m.text).split()
                if m.rule == "coref":
                    # "The monitors assess" after "the monitors write": the same people again
                    if tok.lower_ in words:
                        found = actor.id
                        break
                    continue
                if any(w.startswith(stem) and w != stem for w in words):
                    found = actor.id
                    break
            if found is None and stem.endswith(("or", "er")):
                # "The monitors do not visit" paragraphs after "the sanctions monitoring team":
                # people named by an agent noun whose activity ("monitoring") names one body,
                # however far back; "the attacks" after "TTP attackers" are not people
                activity = stem + "ing"
                derived = {
                    m.actor_id
                    for m in self._before(state, tok)
                    if (a := self.kb.get(m.actor_id or "")) is not None
                    and a.kind not in ("person", "country")
                    and activity in normalize(m.text).split()
                }
                found = derived.pop() if len(derived) == 1 else None
            if found is not None:
                state.add_actor(doc[det[0].i : tok.i + 1], found, "coref", 0.6)

    def _link_member_anaphors(self, state: _State) -> None:
        """ "the sanctioned commanders", "the designated individuals", "such fighters": people
        the last sentences counted as an armed group's, that group."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if (
                tok.lemma_.lower() not in COLLECTIVE_MEMBERS
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            start = None
            for child in tok.children:
                if child.dep_ == "det" and child.lower_ in ("the", "these", "those"):
                    start = child.i
                elif child.dep_ in ("amod", "predet") and child.lower_ == "such":
                    start = child.i if start is None else start
                elif child.dep_ in ("amod", "nummod") and child.is_lower:
                    continue
                elif child.dep_ in ("compound", "poss", "nmod", "amod", "prep", "appos"):
                    start = None
                    break
            if (
                start is None
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "including"
                and not any(c.dep_ in ("det", "poss", "compound") for c in tok.children)
            ):
                # "dozens of khawarij had been killed, including two commanders": the group
                # the sentence counted them in
                sent_start = tok.sent.start_char
                group = next(
                    (
                        m.actor_id
                        for m in self._before(state, tok, sents_back=0)
                        if m.start >= sent_start and self._is_armed_group(m.actor_id)
                    ),
                    None,
                )
                if group:
                    state.add_actor(doc[tok.left_edge.i : tok.i + 1], group, "attributed", 0.6)
                continue
            if start is None or start > tok.i:
                continue
            group = self._recent_group(state, tok, sents_back=2)
            if group:
                state.add_actor(doc[start : tok.i + 1], group, "attributed", 0.6)

    def _link_state_sets(self, state: _State) -> None:
        """ "the two nuclear-armed neighbours", "the three sides": as many states as the number
        says, those the sentence names, else the last ones named before."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if tok.lemma_.lower() not in STATE_SET_NOUNS or state.covered(tok.i, tok.i + 1):
                continue
            count = next(
                (NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS), 0
            )
            det = [c for c in tok.children if c.dep_ in ("det", "predet")]
            if det and det[0].lower_ == "both":
                count = 2
            elif not det or det[0].lower_ != "the":
                continue
            if count < 2:
                continue
            if any(
                c.dep_ in ("poss", "compound") or c.ent_type_ and c.dep_ != "nummod"
                for c in tok.children
            ):
                continue
            sent = tok.sent
            here = self._states_in(state, sent.start_char, sent.end_char)
            if len(here) != count and sent.start > 0:
                # "China urged both countries": the parties are those of the last sentence
                here = self._states_in(state, doc[sent.start - 1].sent.start_char, sent.start_char)
            chosen = here
            if len(chosen) != count:
                continue
            span = doc[min(c.i for c in det) : tok.i + 1]
            # "generic": the phrase names no one itself, so the event coder may still pair it
            # with the parties of an earlier event
            state.add_actor(span, chosen[0], "generic", 0.6)
            for other in chosen[1:]:
                state.actor_mentions.append(
                    ActorMention(span.start_char, span.end_char, span.text, other, "generic", 0.6)
                )

    def _states_in(self, state: _State, start: int, end: int) -> list[str]:
        """Governments in [start, end), named as themselves, by their organs and people or as
        the country a thing happens in ("missiles struck targets inside Pakistan"), in order."""
        named: list[tuple[int, str]] = []
        for m in state.actor_mentions:
            if not start <= m.start < end or not m.actor_id or m.rule == "coref":
                continue
            actor = self.kb.get(m.actor_id)
            if actor is None:
                continue
            if actor.kind != "country" and (not actor.country or actor.sector not in STATE_SECTORS):
                continue
            named.append((m.start, actor.country or actor.id))
        for pm in state.place_mentions:
            place = self.gazetteer.get(pm.place_id) if pm.place_id else None
            if start <= pm.start < end and place is not None and place.kind == "country":
                named.append((pm.start, place.country or ""))
        found: list[str] = []
        for _, iso3 in sorted(named):
            gov = self.kb.government_of(iso3) or iso3
            if iso3 and gov not in found:
                found.append(gov)
        return found

    def _acting_unit(self, state: _State, tok: Token) -> str | None:
        for m in self._before(state, tok, sents_back=2):
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "organization" or actor.provisional:
                continue
            if actor.sector not in ("MIL", "COP") or self._is_speaker(self._mention_root(state, m)):
                continue
            return actor.id
        return None

    def _link_pronouns(self, state: _State) -> None:
        doc = state.doc
        for tok in state.spelled(ANAPHORIC_WORDS):
            low = tok.lower_
            target: str | None = None
            span_start, span_end = tok.i, tok.i + 1
            if low in PRONOUNS_PERSON and (
                tok.dep_ in ("nsubj", "nsubjpass") or tok.text[0].isupper()
            ):
                target = self._antecedent(state, tok, person=True)
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() in SPEECH_VERBS
                and tok.head.lemma_.lower() not in ("hope", "expect", "fear", "seem")
            ):
                target = self._antecedent(state, tok, person=False)
            elif low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
                target = (
                    self._they_antecedent(state, tok)
                    or self._adverbial_subject(state, tok, plural=True)
                    or self._earlier_they(state, tok)
                    or self._speaking_body(state, tok)
                    or self._object_they(state, tok)
                )
            elif (
                low in ("him", "her")
                and tok.dep_ in ("dobj", "dative", "pobj")
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "It quoted him as telling Tokayev": a person the passage named, never the
                # subject of the pronoun's own clause
                target = self._object_antecedent(state, tok, "she" if low == "her" else "he")
            elif low == "them" and tok.dep_ == "dobj" and not state.covered(tok.i, tok.i + 1):
                target = self._them_antecedent(state, tok) or self._plural_antecedent(state, tok)
            elif (
                low == "it"
                and (
                    tok.dep_ == "nsubj"
                    or tok.dep_ == "nsubjpass"
                    and tok.head.lower_ in FEELING_PARTICIPLES
                )
                and tok.head.dep_ == "ccomp"
            ):
                # "Kazakhstan said it would consider joining", "the mission said it was
                # appalled": the speaker speaks of itself
                speech = tok.head.head
                subj = _shared_subject(
                    speech, next((c for c in speech.children if c.dep_ == "nsubj"), None)
                )
                if (
                    speech.lemma_.lower() in SPEECH_VERBS
                    and subj is not None
                    and subj.i < tok.i
                    and (subj.tag_ not in ("NNS", "NNPS") or subj.lower_ in PLURAL_COLLECTIVES)
                ):
                    # (never plural speakers: "experts warned that it could take a fifth")
                    m = self._mention_at(state, subj)
                    if m is not None and m.actor_id and not self._is_person(m.actor_id):
                        target = m.actor_id
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS
                and tok.i != tok.sent.start
            ):
                # "The ISPR said the strikes killed a commander it held responsible": deeper in
                # what a body says, "it" is still that body
                target = (
                    self._embedding_speaker(state, tok)
                    or self._colon_subject(state, tok)
                    or self._adverbial_subject(state, tok, plural=False)
                )
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS
                and tok.i == tok.sent.start
            ):
                # "The group ... It has carried out attacks": the body the last sentence was about
                target = self._antecedent(state, tok, person=False)
            elif low == "its" and tok.dep_ == "poss" and not state.covered(tok.i, tok.i + 1):
                target = self._possessor_antecedent(state, tok)
                if target is None and tok.i == tok.sent.start:
                    # "India has rejected ... Its Ministry of External Affairs did not respond"
                    target = self._antecedent(state, tok, person=False)
                    head = tok.head
                    actor = self.kb.get(target or "")
                    if (
                        actor is not None
                        and actor.kind == "country"
                        and head.lemma_.lower() in STATE_BODY_WORDS | ORGAN_WORDS
                        and not state.covered(tok.i + 1, head.i + 1)
                    ):
                        # "China has been cautious. Its foreign ministry has urged": that
                        # state's organ, speaking for it
                        target = self._organ_or_state(
                            actor.id, state.doc[tok.i + 1 : head.i + 1].text
                        )
                        span_end = head.i + 1
            elif (
                low in ("his", "her")
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in SPOKES_NOUNS
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                # "..., his spokesperson said": the spokesperson's words are the principal's
                target = self._antecedent(
                    state, tok, person=True, pronoun="she" if low == "her" else "he"
                )
                span_end = tok.head.i + 1
            elif (
                low == "their"
                and tok.dep_ == "poss"
                and tok.head.dep_ in ("nsubj", "nsubjpass")
                and tok.head.lemma_.lower() not in STATE_BODY_WORDS | ORGAN_WORDS
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "After the Taliban banned poppy, their ban held": the plural body of the
                # adverbial clause opening the sentence
                target = self._adverbial_subject(state, tok.head, plural=True, bodies=True)
            elif (
                low in ("his", "her") and tok.dep_ == "poss" and not state.covered(tok.i, tok.i + 1)
            ):
                target = self._possessive_person(state, tok, "she" if low == "her" else "he")
                head = tok.head
                if target is None and head.lemma_.lower() in SERVICE_MEMBERS | {"officer", "man"}:
                    # "The provincial police chief said rioters had attacked his officers": the
                    # service of the unnamed commander who speaks
                    target = self._commanders_service(state, tok)
                    if target and not state.covered(head.i, head.i + 1):
                        span_end = head.i + 1
                if (
                    target
                    and head.i == tok.i + 1
                    and head.lemma_.lower() in ("government", "administration")
                    and not state.covered(head.i, head.i + 1)
                ):
                    # "He said his government had set aside land": the state the person serves
                    actor = self.kb.get(target)
                    if actor is not None and actor.kind == "person":
                        iso3 = actor.country
                        target = (self.kb.government_of(iso3) or iso3) if iso3 else None
                    span_end = head.i + 1
            elif (
                low == "their"
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in STATE_BODY_WORDS | ORGAN_WORDS
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                # "The Taliban tell a different story. Their defence ministry said": the organ
                # of the body the passage is about, which speaks for it
                target = self._antecedent(state, tok, person=False)
                actor = self.kb.get(target or "")
                if actor is None or actor.kind == "person":
                    target = None
                elif actor.kind == "country":
                    target = self.kb.government_of(actor.id) or actor.id
                span_end = tok.head.i + 1
            elif (
                low in COUNTRY_ANAPHORS
                and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and [c.dep_ for c in tok.children] == ["det"]
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "Pakistan's Foreign Office said the country would act": the speaker's state
                iso3 = self._reporting_speaker_country(state, tok)
                target = (self.kb.government_of(iso3) or iso3) if iso3 else None
                span_start = tok.i - 1
            elif (
                low in COUNTRY_ANAPHORS
                and tok.dep_ == "dobj"
                and tok.head.pos_ == "VERB"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and [c.dep_ for c in tok.children] == ["det"]
                and state.focus
                and not state.covered(tok.i - 1, tok.i + 1)
            ):
                # "accused them of dragging the country into a war": a country moved to act or
                # to suffer, where no other is in view, is the one the article is about (its
                # dateline's first)
                iso3 = self._dateline_country(state) or state.focus[0]
                target = self.kb.government_of(iso3) or iso3
                span_start = tok.i - 1
            elif (
                low == "party"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "where the party also runs seminaries": the political party named last, within
                # the last few sentences and with no other kind of party ("a wedding party",
                # "the search party") told since
                window = _sentences_back(tok, _PARTY_WINDOW_SENTENCES)
                other_party = next(
                    (
                        t
                        for t in reversed(doc[window : tok.i])
                        if t.lemma_.lower() == "party"
                        and any(c.dep_ in ("compound", "amod") for c in t.children)
                    ),
                    None,
                )
                mentions = sorted(
                    (m for m in state.actor_mentions if m.start >= doc[window].idx),
                    key=lambda m: m.start,
                )
                target = self._last_actor(
                    mentions,
                    tok.idx,
                    kinds=("group", "organization"),
                    sectors=("PTY",),
                )
                if target and other_party is not None:
                    named = max((m.start for m in mentions if m.actor_id == target), default=-1)
                    if other_party.idx > named:
                        target = None
                span_start = tok.i - 1
            elif (
                low in GROUP_ANAPHORS
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i, tok.i + 1)
            ):
                mentions = sorted(state.actor_mentions, key=lambda m: m.start)
                target = self._recent_civil_group(state, tok, mentions) or self._last_actor(
                    mentions, tok.idx, kinds=("group", "organization"), sectors=("REB",)
                )
                span_start = tok.i - 1
            if target:
                state.add_actor(doc[span_start:span_end], target, "coref", 0.7)
        for tok in state.spelled(frozenset({"our"})):
            # after "he"/"she" are resolved: '"Our forces are acting," he said' is the quoted
            # speaker's own service
            if (
                tok.lower_ == "our"
                and tok.dep_ == "poss"
                and tok.head.i > tok.i
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                target = self._own_service(state, tok)
                if target:
                    state.add_actor(doc[tok.i : tok.head.i + 1], target, "coref", 0.6)

    def _commanders_service(self, state: _State, tok: Token) -> str | None:
        h = _speech_verb_above(tok)
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None) if h is not None else None
        if subj is None or subj.lemma_.lower() not in PERSON_ROLE_NOUNS:
            return None
        for t in subj.subtree:
            m = self._mention_at(state, t) if t.i != subj.i else None
            actor = self.kb.get(m.actor_id or "") if m is not None else None
            if actor is not None and actor.kind != "person":
                return actor.id
        return None

    def _adverbial_subject(
        self, state: _State, tok: Token, *, plural: bool, bodies: bool = False
    ) -> str | None:
        """ "If the Taliban keep denying it, they will lose", "If Kabul wants the ban to last,
        it should pair it with aid": the subject of an adverbial clause opening the pronoun's
        own clause is who the pronoun is (a body, never a person)."""
        verb = tok.head
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i > tok.i:
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            if plural:
                found = self._plural_body(state, subj)
                if found:
                    return found
                m = self._mention_at(state, subj) if bodies else None
                actor = self.kb.get(m.actor_id or "") if m is not None else None
                if actor is not None and actor.kind in ("organization", "group"):
                    return actor.id  # "the Taliban banned": a body of many, whatever the tense
                continue
            if subj.tag_ in ("NNS", "NNPS"):
                continue
            m = self._mention_at(state, subj)
            if m is not None and m.actor_id and not self._is_person(m.actor_id):
                return m.actor_id
        return None

    def _dateline_country(self, state: _State) -> str | None:
        end = state.dateline_end
        if not end:
            return None
        limit = state.doc[end].idx
        for pm in state.place_mentions:
            place = self.gazetteer.get(pm.place_id) if pm.place_id else None
            if pm.start < limit and place is not None and place.country:
                return place.country
        return None

    def _plural_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "opposition lawmakers accused them of ...", '"... sanctuary to the khawarij, we
        will hit them"': the known body last named in the plural before an object "them", in
        its sentence or the one before, other than its own clause's subject."""
        doc = tok.doc
        subjects = {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        for t in reversed(doc[_sentences_back(tok, 1) : tok.i]):
            if t.i in subjects or t.tag_ not in ("NNS", "NNPS") or t.i == tok.head.i - 1:
                continue  # right before the verb: its subject, however the parser hung it
            m = self._mention_at(state, t)
            if m is None or not m.actor_id or self._is_person(m.actor_id):
                continue
            if m.actor_id.startswith("prov:"):
                # "arrested five men and later released them": the nearest people belong to
                # no known body; left to the participle rule above
                return None
            return m.actor_id
        return None

    def _quote_speaker(self, state: _State, tok: Token) -> str | None:
        """Who speaks a quotation holding ``tok``: the subject of the speech verb outside the
        quotation marks of its sentence ('"We went in good faith," Khan said'), else of the
        sentence before in the same paragraph that closed the same speaker's quote."""
        doc = tok.doc
        text = doc.text
        para = text.rfind("\n", 0, tok.idx) + 1
        # a sentence the parser ran on past a paragraph break ends there: the next paragraph's
        # speaker is not the quotation's
        para_end = text.find("\n", tok.idx)
        if para_end < 0:
            para_end = len(text)

        def quoted(idx: int) -> bool:
            before = text[para:idx]
            return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")

        if not quoted(tok.idx):
            return None
        sent = tok.sent
        sents = [sent]
        if sent.start > 0 and doc[sent.start - 1].sent.start_char >= para:
            sents.append(doc[sent.start - 1].sent)
        for s in sents:
            # the verb closing the quotation first, then one introducing it ('said: "We ..."')
            verbs = sorted(s, key=lambda t: (s is sent and t.i < tok.i, t.i))
            for t in verbs:
                if t.idx >= para_end:
                    continue
                if t.lemma_.lower() not in SPEECH_VERBS or t.pos_ != "VERB" or quoted(t.idx):
                    continue  # '"They said we had to go," she said': the verb outside
                for subj in (c for c in t.children if c.dep_ == "nsubj"):
                    m = self._mention_at(state, subj)
                    if m is not None and m.actor_id:
                        return m.actor_id
        return None

    def _link_first_person(self, state: _State) -> None:
        """ "we", "us", "our" in a quotation: its speaker, and a spokesperson's "we" is the
        state they speak for ('"We went to Riyadh in good faith," the spokesperson said')."""
        doc = state.doc
        for tok in state.spelled(frozenset({"we", "us", "our"})):
            end = tok.i + 1
            if state.covered(tok.i, end):
                continue
            speaker = self._quote_speaker(state, tok)
            actor = self.kb.get(speaker or "")
            if actor is None or actor.provisional:
                continue  # a known speaker only: a villager's "we" is hers and her family's
            target: str = actor.id
            if actor.kind == "person":
                titles = " ".join(t.title for t in self.kb.titles if t.actor_id == actor.id)
                if any(w in titles for w in SPOKES_NOUNS) and actor.country:
                    target = self.kb.government_of(actor.country) or actor.country
            state.add_actor(doc[tok.i : end], target, "coref", 0.6)

    def _link_house(self, state: _State) -> None:
        """ "told the house", "the lower house adopted": the legislature the article named."""
        doc = state.doc
        for tok in state.spelled(frozenset({"house"})):
            det = tok.i - 1
            while det >= 0 and doc[det].lower_ in ("lower", "upper"):
                det -= 1
            if det < 0 or doc[det].lower_ != "the" or state.covered(det, tok.i + 1):
                continue
            if any(c.dep_ in ("prep", "poss", "compound") for c in tok.children):
                continue  # "the house of a commander", "the family's house"
            for m in self._before(state, tok):
                actor = self.kb.get(m.actor_id or "")
                if actor is not None and actor.kind == "organization" and actor.sector == "LEG":
                    state.add_actor(doc[det : tok.i + 1], actor.id, "coref", 0.6)
                    break

    def _link_country_styles(self, state: _State) -> None:
        """ "the kingdom's mediators", "the sultanate": the last country named whose official
        name has that word (Kingdom of Saudi Arabia)."""
        doc = state.doc
        for tok in state.spelled(COUNTRY_STYLES):
            if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or state.covered(tok.i - 1, tok.i + 1):
                continue
            if tok.text[0].isupper() and tok.i - 1 != tok.sent.start:
                continue  # "the Kingdom of ...": a name
            named = [(m.start, m.actor_id) for m in state.actor_mentions if m.start < tok.idx]
            named += [
                (pm.start, pm.place_id[len("country:") :])
                for pm in state.place_mentions
                if pm.start < tok.idx and pm.place_id and pm.place_id.startswith("country:")
            ]
            for _, actor_id in sorted(named, key=lambda x: x[0], reverse=True):
                actor = self.kb.get(actor_id or "")
                if actor is None or actor.kind != "country":
                    continue
                if any(tok.lower_ in n.lower().split() for n in [actor.name, *actor.aliases]):
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], actor.id, "coref", 0.6)
                    break

    def _military_possessions(self, state: _State) -> None:
        """ "Pakistan's strikes", "Iran's shelling": what only armed forces do, owned by a
        state, is its military's act (as "Pakistani strikes" is)."""
        doc = state.doc
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "country":
                continue
            span = doc.char_span(m.start, m.end)
            if span is None or span.end + 1 >= len(doc):
                continue
            if doc[span.end].text not in POSSESSIVES:
                continue
            head = span.root.head
            if span.root.dep_ != "poss" or not _military_head(head):
                continue
            organ = self.kb.named_organ(actor.id, "military")
            if organ:
                m.actor_id = organ
                m.rule = "demonym"

    def _link_body_staff(self, state: _State) -> None:
        """ "an official of the Foreign Office", "a spokesman for the Ministry of External
        Affairs": one person speaking for a named body is that body."""
        doc = state.doc
        for m in state.actor_mentions:
            span = doc.char_span(m.start, m.end)
            if span is None:
                continue
            root = span.root
            if root.lemma_.lower() not in STAFF_NOUNS or root.tag_ != "NN":
                continue
            prep = next((c for c in root.children if c.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in ("of", "for", "at"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            body = next(
                (b for b in state.actor_mentions if b.start <= obj.idx < b.end and b is not m),
                None,
            )
            actor = self.kb.get(body.actor_id or "") if body is not None else None
            if actor is None or actor.kind != "organization":
                continue
            if m.actor_id and not m.actor_id.startswith("prov:") and m.actor_id != actor.id:
                continue  # a person the text names
            m.actor_id = actor.id
            m.rule = "title"

    def _reinforcements_owner(self, state: _State) -> None:
        """ "reinforcements from the Counter-Terrorism Department", "Police said reinforcements
        arrived": forces sent in are those of the body they come from, else of the security
        service that reports them, else the military (the generic rule)."""
        doc = state.doc
        for m in state.actor_mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or span.root.lemma_.lower() not in ("reinforcement", "reinforcements"):
                continue
            root = span.root
            owner: ActorMention | None = None
            for prep in (
                c for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            ):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                owner = self._mention_at(state, obj) if obj is not None else None
                if owner is not None:
                    break
            if owner is None:
                h = root
                for _ in range(4):
                    if h.head.i == h.i:
                        break
                    dep, h = h.dep_, h.head
                    if dep in ("nsubj", "ccomp") and h.lemma_.lower() in SPEECH_VERBS:
                        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
                        owner = self._mention_at(state, subj) if subj is not None else None
                        break
            actor = self.kb.get(owner.actor_id or "") if owner is not None else None
            if (
                actor is not None
                and actor.kind == "organization"
                and actor.sector in ("MIL", "COP")
                and not self._press_office(actor)
            ):
                m.actor_id = actor.id

    def _link_apposed_roles(self, state: _State) -> None:
        """ "Zabihullah Mujahid, the government's chief spokesman, said": a role noun in
        apposition to a named person is that person, whoever its owner is."""
        doc = state.doc
        for m in list(state.actor_mentions):
            if not m.actor_id or not self._is_person(m.actor_id):
                continue
            span = doc.char_span(m.start, m.end)
            if span is None:
                continue
            for appos in (c for c in span.root.children if c.dep_ == "appos"):
                low = appos.lemma_.lower()
                if low not in PERSON_ROLE_NOUNS and low not in SPOKES_NOUNS:
                    continue
                if appos.tag_ != "NN" or state.covered(appos.i, appos.i + 1):
                    continue
                start = appos.i
                while (
                    start - 1 > span.end
                    and doc[start - 1].dep_ in ("amod", "compound")
                    and doc[start - 1].head.i == appos.i
                    and not state.covered(start - 1, start)
                ):
                    start -= 1
                state.add_actor(doc[start : appos.i + 1], m.actor_id, "role", 0.6)

    def _link_statement_adjuncts(self, state: _State) -> None:
        """ "In a statement, the ISPR said", "the ministry said in the statement": the
        statement is the speaker's."""
        doc = state.doc
        for tok in state.spelled(SOURCE_ANAPHORS):
            if tok.dep_ != "pobj" or tok.head.lower_ != "in":
                continue
            verb = tok.head.head
            if verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            det = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "the", "its") else tok.i
            if state.covered(det, tok.i + 1):
                continue
            subj = _shared_subject(
                verb, next((c for c in verb.children if c.dep_ == "nsubj"), None)
            )
            m = self._mention_at(state, subj) if subj is not None else None
            if m is not None and m.actor_id:
                state.add_actor(doc[det : tok.i + 1], m.actor_id, "role", 0.6)

    def _possessive_person(self, state: _State, tok: Token, pronoun: str) -> str | None:
        """Whom "his"/"her" belongs to: the person named nearest before it in the same
        sentence ("Wang Yi arrived for talks with his counterparts", "He said his government");
        None when that nearest person is someone the text does not link ("a TTP commander and
        eight of his fighters") or nobody precedes it."""
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            if t.tag_ in ("NNS", "NNPS"):
                continue
            m = self._mention_at(state, t)
            if t.lower_ in PRONOUNS_PERSON:
                if t.lower_ != pronoun:
                    continue
                return m.actor_id if m is not None and m.actor_id else None
            person_word = t.ent_type_ == "PERSON" or _names_people(t)
            if m is not None and m.actor_id and self._is_person(m.actor_id):
                if not self._gender_fits(m.actor_id, pronoun):
                    continue
                return m.actor_id
            if person_word:
                return m.actor_id if m is not None and m.actor_id else None
        return None

    def _colon_subject(self, state: _State, tok: Token) -> str | None:
        """ "Beijing has been Kabul's partner: it accepted an ambassador": after a colon or
        semicolon, "it" goes on about the body the clause before it was about."""
        sent_start = tok.sent.start
        stop = next(
            (t.i for t in reversed(tok.doc[sent_start : tok.i]) if t.text in (":", ";")), None
        )
        if stop is None or any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[stop + 1 : tok.i]):
            return None
        for t in reversed(tok.doc[sent_start:stop]):
            if t.dep_ in ("nsubj", "nsubjpass"):
                m = self._mention_at(state, t)
                if m is None or not m.actor_id or self._is_person(m.actor_id):
                    return None
                return None if t.tag_ == "NNS" else m.actor_id
        return None

    def _embedding_speaker(self, state: _State, tok: Token) -> str | None:
        """The body whose reported speech contains ``tok``, when no other body or person is
        the subject of a clause in between."""
        h = tok.head
        for _ in range(6):
            if h.head.i == h.i:
                return None
            dep, h = h.dep_, h.head
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if dep in ("ccomp", "xcomp") and h.lemma_.lower() in SPEECH_VERBS:
                subj = _shared_subject(h, subj)
                m = self._mention_at(state, subj) if subj is not None else None
                if m is None or not m.actor_id or subj is None or subj.i > tok.i:
                    return None
                if subj.tag_ in ("NNS", "NNPS") and subj.lower_ not in PLURAL_COLLECTIVES:
                    return None  # "experts warned that it could take": "it" is never they
                return None if self._is_person(m.actor_id) else m.actor_id
            if subj is not None and self._mention_at(state, subj) is not None:
                return None  # "X said Y claimed it ...": Y is nearer
        return None

    def _own_service(self, state: _State, tok: Token) -> str | None:
        noun = tok.head
        lemma = noun.lemma_.lower()
        entry = GENERIC_NOUNS.get(lemma) or GENERIC_NOUNS.get(noun.lower_)
        role = entry[1] if entry else ("military" if lemma == "force" else None)
        iso3 = self._reporting_speaker_country(state, tok) if role else None
        if not role or not iso3:
            return None
        return self.kb.named_organ(iso3, role) or self.kb.government_of(iso3) or iso3

    def _possessor_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "ISKP claimed the attack on its channel", "China has poured money ..., but attacks
        on its workers": the body that is subject of a clause governing "its", nearest first.
        A person subject in between means "its" is about something else."""
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                break
            h = h.head
            for subj in (c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.i >= tok.i or tok in subj.subtree:
                    continue
                if subj.tag_ == "NNS":
                    # "that Afghan forces had opened fire ... and that its men had responded":
                    # a plural is never "its", the body whose clause this is further up may be
                    continue
                m = self._mention_at(state, subj)
                if m is None or not m.actor_id:
                    if subj.pos_ == "PRON" and subj.lower_ != "it":
                        return None
                    continue
                if self._is_person(m.actor_id) or subj.lemma_.lower() in PERSON_ROLE_NOUNS:
                    return None  # "the minister said its economy": not the minister's
                return m.actor_id
        return None

    def _they_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "Officials confirmed strikes on what they described as hideouts", "The Taliban say
        they have won", "Police said ... They added": the plural body speaking."""
        h = tok.head
        for _ in range(4):
            if h.head.i == h.i:
                break
            h = h.head
            subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            found = self._plural_body(state, subj) if subj is not None else None
            if found:
                return found
        quoted = tok.i > 0 and tok.doc[tok.i - 1].text in ('"', "\u201c")
        if tok.head.lemma_.lower() not in SPEECH_VERBS and not quoted:
            # a quote opening with "They" goes on about the people the speaker just named
            # ('... said the gunmen had checked cards. "They knew whom they wanted," he said')
            return None
        if any(t.is_alpha for t in tok.sent[: tok.i - tok.sent.start]):
            return None  # only a sentence-initial "They said" looks back a sentence
        sents = list(state.doc.sents) if state.sents is None else state.sents
        state.sents = sents
        idx = next(i for i, s in enumerate(sents) if s.start == tok.sent.start)
        if idx == 0:
            return None
        root = sents[idx - 1].root
        # the main clause's subject, else that of a quote it reports ('"Police came at night,"
        # said a mother. "They said ..."')
        for clause in [root, *(c for c in root.children if c.dep_ == "ccomp")]:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            found = self._plural_body(state, subj) if subj is not None else None
            if found:
                return found
        return None

    def _object_they(self, state: _State, tok: Token) -> str | None:
        """ "urged the Taliban to hand over members of Jamaat Ansarullah and said they were
        living in Badakhshan": a group's people the same sentence named as an object, when
        "they" does not speak."""
        if tok.head.lemma_.lower() in SPEECH_VERBS or tok.i == tok.sent.start:
            return None
        for t in reversed(tok.doc[tok.sent.start : tok.i]):
            if t.tag_ != "NNS" or t.dep_ not in ("dobj", "pobj"):
                continue
            m = self._mention_at(state, t)
            if m is not None and m.actor_id and self._is_armed_group(m.actor_id):
                return m.actor_id
        return None

    def _object_antecedent(self, state: _State, tok: Token, pronoun: str) -> str | None:
        found = self._antecedent(state, tok, person=True, pronoun=pronoun)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                m = self._mention_at(state, c)
                if m is not None and m.actor_id == found:
                    return None  # "Tokayev thanked him": not Tokayev
        return found if found and self._is_person(found) else None

    def _earlier_they(self, state: _State, tok: Token) -> str | None:
        """ "They said we had to go or they would take the children": a "they" the reader has
        already resolved in the same or the previous sentence is still the same people."""
        for t in reversed(tok.doc[_sentences_back(tok, 1) : tok.i]):
            if t.lower_ == "they":
                m = self._mention_at(state, t)
                return m.actor_id if m is not None and m.actor_id else None
        return None

    def _speaking_body(self, state: _State, tok: Token) -> str | None:
        """ "We went to every police station and they all said ...": a state body named earlier
        in the sentence, when "they" speaks and no people were named in between."""
        if tok.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        sent_start = tok.sent.start_char
        for m in self._before(state, tok, sents_back=0):
            if m.start < sent_start:
                return None
            actor = self.kb.get(m.actor_id or "")
            if actor is None:
                return None  # people of their own ("the villagers") are the likelier "they"
            if actor.kind == "organization" and actor.sector in STATE_SECTORS:
                return actor.id
            if actor.kind in ("person", "group"):
                return None
        return None

    def _them_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "sanctioned two officials of the ministry, accusing them of abuses", "killed five
        militants, describing them as ...": in a participle clause the subject is the main
        clause's, so "them" is the people the main clause acted on (its object), or the body
        they belong to ("officials of X" → X) when only that is an actor."""
        verb = tok.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        main = verb.head
        for t in reversed(main.doc[main.sent.start : verb.i]):
            if t.tag_ not in ("NNS", "NNPS") or t.dep_ not in ("dobj", "pobj"):
                continue
            # the object itself, or a prepositional complement of the object or of the verb
            owner = t.head if t.dep_ == "dobj" else t.head.head
            if owner.i != main.i and not (owner.dep_ == "dobj" and owner.head.i == main.i):
                continue
            m = self._mention_at(state, t)
            if m is not None and m.actor_id:
                return None if self._is_person(m.actor_id) else m.actor_id
            found = self._owner_mention(state, t)
            if found:
                return found
        return None

    def _plural_body(self, state: _State, subj: Token) -> str | None:
        m = self._mention_at(state, subj)
        if m is None and subj.tag_ == "NNS" and subj.lemma_.lower() in BODY_PEOPLE:
            # "Taliban intelligence forces raided what they called hideouts": the forces of
            # the body that names them
            owner = next(
                (
                    c
                    for c in subj.children
                    if c.dep_ in ("compound", "poss") and self._mention_at(state, c)
                ),
                None,
            )
            m = self._mention_at(state, owner) if owner is not None else None
        if m is None or not m.actor_id or self._is_person(m.actor_id):
            return None
        if subj.tag_ in ("NNS", "NNPS") or subj.head.tag_ == "VBP":
            return m.actor_id
        if subj.lower_ in PLURAL_COLLECTIVES:
            return m.actor_id  # "the police" agree in the plural
        return None

    def _antecedent(
        self, state: _State, tok: Token, *, person: bool, pronoun: str | None = None
    ) -> str | None:
        """What "he"/"she"/"it" (as a subject) refers to: the subject of the previous sentence's
        main clause when it agrees ("Wang said ... He also announced"; "Pakistan's ambassador
        told the council ... He said"), else the last person named of the matching gender. A
        pronoun that speaks ("he said") looks first for who spoke before ("..., according to a
        police spokesman. ... he said"). A paragraph break the parser missed still ends a
        sentence."""
        doc = state.doc
        pronoun = pronoun or tok.lower_
        segments = self._segments(state)
        idx = next(i for i, s in enumerate(segments) if s.start <= tok.i < s.end)
        windows = [doc[segments[idx].start : tok.i]] + [
            segments[i] for i in range(idx - 1, max(idx - 3, -1), -1)
        ]
        speaking = _reports(tok) or (not person and tok.head.lemma_.lower() in SPEECH_VERBS)
        for window in windows:
            subjects = [t for t in window if t.dep_ in ("nsubj", "nsubjpass") and t.i != tok.i]
            if window is windows[0]:
                subjects.reverse()  # "X said it would": the nearest subject before the pronoun
            else:
                if speaking:
                    # "according to a police spokesman" (one person, as "he" is)
                    subjects += [t for t in window if _according_to(t) and t.tag_ in ("NN", "NNP")]
                subjects.sort(
                    key=lambda t: (
                        speaking and not (_according_to(t) or _reports(t)),
                        t.head.dep_ != "ROOT",
                        t.i,
                    )
                )
            for subj in subjects[:2]:
                found = self._subject_actor(state, subj, pronoun=pronoun, person=person)
                if found == "" and window is windows[0]:
                    # "Muttaqi said Afghanistan guarantees ... and rejected what he called":
                    # a nearer clause's subject does not rule out the main speaker
                    continue
                if found == "":
                    break  # the main subject disagrees: look no further back for this window
                if found:
                    return found
            if window is not windows[0] and subjects:
                break  # the previous sentence had a subject but it did not fit
        if not person:
            return None
        mentions = sorted(state.actor_mentions, key=lambda m: m.start)
        for m in reversed(mentions):
            if m.start >= tok.idx or not m.actor_id:
                continue
            if self._is_person(m.actor_id) and self._gender_fits(m.actor_id, pronoun):
                return m.actor_id
        return None

    def _segments(self, state: _State) -> list[Span]:
        """The document's sentences, split again at paragraph breaks inside them."""
        if state.segments is None:
            doc = state.doc
            state.segments = []
            for sent in doc.sents:
                start = sent.start
                for t in sent:
                    if t.is_space and "\n" in t.text and start < t.i < sent.end - 1:
                        state.segments.append(doc[start : t.i + 1])
                        start = t.i + 1
                state.segments.append(doc[start : sent.end])
        return state.segments

    def _subject_actor(
        self, state: _State, subj: Token, *, pronoun: str, person: bool
    ) -> str | None:
        """The actor a subject token stands for if it can be the pronoun's antecedent; "" when
        it is clearly something else, None when unknown."""
        m = self._mention_at(state, subj)
        if m is None and _according_to(subj) and subj.lemma_.lower() in SOURCE_ANAPHORS:
            # "According to the ISPR statement, ... It called on": the statement's issuer
            m = next(
                (
                    found
                    for c in subj.children
                    if c.dep_ in ("compound", "poss")
                    and (found := self._mention_at(state, c)) is not None
                ),
                None,
            )
        if m is not None and m.actor_id:
            is_person = self._is_person(m.actor_id)
            if (
                person
                and not is_person
                and (
                    m.rule == "role"
                    or subj.lemma_ in PERSON_ROLE_NOUNS
                    or self._spokesperson_named(m)
                    or m.rule == "generic"
                    and subj.tag_ == "NN"
                    and subj.lemma_.lower() in OFFICE_HOLDER_NOUNS
                )
            ):
                # "The envoy said ... she added", "Pakistan's army chief ... He": the body the
                # unnamed role holder stands for; "Esmaeil Baghaei said ... He added": the body
                # the spokesperson's words were given to
                return m.actor_id
            if person and is_person:
                fits = self._gender_fits(m.actor_id, pronoun) or self._unknown_gender(
                    state, m.actor_id, pronoun
                )
                return m.actor_id if fits else ""
            named = next(
                (
                    a
                    for c in subj.children
                    if c.dep_ == "appos"
                    and (a := self._mention_at(state, c)) is not None
                    and a.actor_id
                    and self._is_person(a.actor_id)
                ),
                None,
            )
            if person and named is not None and named.actor_id:
                # "A second witness, terrorism researcher Laura Chen, ... She said": the name
                # (a name the knowledge base does not know has no gender to disagree)
                name_id = named.actor_id
                fits = self.kb.gender_of(name_id) is None or self._gender_fits(name_id, pronoun)
                return name_id if fits else ""
            if (
                person
                and m.rule == "generic"
                and m.actor_id.startswith("prov:")
                and subj.tag_ == "NN"
                and subj.lemma_.lower() in GENERIC_NOUNS
                and subj.lemma_.lower() not in NON_PERSON_NOUNS
            ):
                # "A shopkeeper near the bank said he had counted 12 bodies": one unnamed person
                return m.actor_id
            if not person and not is_person:
                if subj.tag_ == "NNS" or _names_people(subj):
                    return ""  # "A soldier was killed ..., it said": not the soldier
                return m.actor_id
            return ""
        if not person and subj.lemma_.lower() in STANCE_NOUNS | RESPONSE_NOUNS:
            # "The Islamic Emirate's response was swift. Its directorate rejected": the body
            # whose response or stance the sentence was about
            for child in subj.children:
                if child.dep_ == "poss":
                    owner = self._mention_at(state, child)
                    if owner is not None and owner.actor_id and not self._is_person(owner.actor_id):
                        return owner.actor_id
        if person and subj.lemma_.lower() in PERSON_ROLE_NOUNS:
            for child in subj.children:
                named = self._mention_at(state, child) if child.dep_ == "appos" else None
                if named is not None and named.actor_id and self._is_person(named.actor_id):
                    # "Moscow's envoy, Zamir Kabulov, said ... he warned": the named envoy
                    return named.actor_id if self._gender_fits(named.actor_id, pronoun) else ""
            for child in subj.children:
                if child.dep_ in ("poss", "compound", "amod"):
                    owner = self._mention_at(state, child)
                    if owner is not None and owner.actor_id:
                        return owner.actor_id
        if subj.pos_ == "PRON":
            return None
        return "" if subj.pos_ in ("NOUN", "PROPN") else None

    def _spokesperson_named(self, m: ActorMention) -> bool:
        """True for a mention that names a spokesperson, linked to the body they speak for."""
        return m.rule in ("name", "alias") and any(
            a.kind == "person" and self.kb.speaks_for(a.id) == m.actor_id
            for a in self.kb.lookup(m.text)
        )

    def _unknown_gender(self, state: _State, actor_id: str, pronoun: str) -> bool:
        """ "Zarina Bekova, a teacher, said she had seen it": a person the knowledge base does
        not know has no gender to disagree with, unless the text has already used the other
        pronoun for them."""
        if not actor_id.startswith("prov:") or self.kb.gender_of(actor_id) is not None:
            return False
        other = {"she": ("he", "him", "his"), "he": ("she", "her", "hers")}.get(pronoun, ())
        return not any(
            m.actor_id == actor_id and m.text.lower() in other for m in state.actor_mentions
        )

    def _gender_fits(self, actor_id: str, pronoun: str) -> bool:
        gender = self.kb.gender_of(actor_id)
        if pronoun == "she":
            return gender == "female"
        return gender != "female"

    def _recent_civil_group(
        self, state: _State, tok: Token, mentions: list[ActorMention]
    ) -> str | None:
        """ "Amnesty International said ... The group said": a non-governmental body named last,
        in this sentence or the one before, is "the group"; further back, an armed group the
        article is about is the likelier referent."""
        window = state.doc[_sentences_back(tok, 1)].idx
        for m in reversed(mentions):
            if m.start >= tok.idx or not m.actor_id or m.rule == "coref":
                continue
            if m.start < window:
                return None
            actor = self.kb.get(m.actor_id)
            if actor is None or actor.kind not in ("group", "organization"):
                continue
            if actor.sector == "PTY" and any(
                (a := self.kb.get(n.actor_id or "")) is not None and a.sector == "REB"
                for n in mentions
                if window <= n.start < tok.idx
            ):
                # "IS-K had killed clerics linked to the JUI-F. He said the group was
                # recruiting": a party is "the party"; with an armed group in view, "the group"
                # is that group
                return None
            return actor.id if actor.sector in CIVIL_GROUP_SECTORS else None
        return None

    def _last_actor(
        self,
        mentions: list[ActorMention],
        before: int,
        *,
        kinds: tuple[str, ...] = (),
        sectors: tuple[str, ...] = (),
    ) -> str | None:
        for m in reversed(mentions):
            if m.start >= before or not m.actor_id or m.rule == "coref":
                continue
            actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
            if actor is None:
                continue
            if kinds and actor.kind not in kinds:
                continue
            if sectors and (
                actor.sector not in sectors or actor.provisional and actor.kind != "group"
            ):
                continue
            if sectors and actor.provisional:
                continue
            return actor.id
        return None


_PARTY_WINDOW_SENTENCES = 3
_SITE_WINDOW_SENTENCES = 3


def _sentences_back(tok: Token, n: int) -> int:
    """Index of the first token of the sentence `n` sentences before `tok`'s (its own when 0)."""
    start = tok.sent.start
    doc = tok.doc
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


class _State:
    """Per-document working set: mentions so far and the token positions they cover."""

    def __init__(self, doc: Doc, redirect: Callable[[str], str | None] | None = None) -> None:
        self.doc = doc
        self.redirect = redirect
        self.groups: list[str] | None = None  # armed groups named, in order (computed lazily)
        self.claimers: list[str] = []  # armed groups claiming responsibility
        self.groups_seen = -1  # how many mentions ``groups`` was computed from
        self.sents: list[Span] | None = None
        self.segments: list[Span] | None = None  # sentences split at paragraph breaks
        self.focus: list[str] = []
        self.focus_counts: dict[str, float] = {}  # mentions per country behind `focus`
        self.igo_ministers: str | None = None  # "ministers of the SCO": that body
        self.actor_mentions: list[ActorMention] = []
        self.place_mentions: list[PlaceMention] = []
        self.new_actors: list[Actor] = []
        self.seen_new: set[str] = set()
        self.doc_seen_before: set[str] = set()
        self._covered: set[int] = set()
        self.untagged: set[int] = set()  # tokens of entities that were common nouns after all
        self._surnames: dict[str, str] = {}
        self._tokens: list[Token] | None = None
        self._lowers: list[str] | None = None
        self._by_tag: dict[str, list[Token]] = {}
        self._dateline_end: int | None = None

    @property
    def dateline_end(self) -> int:
        """The document's `_dateline_end`, found once."""
        if self._dateline_end is None:
            self._dateline_end = _dateline_end(self.doc)
        return self._dateline_end

    # Most passes look at a few kinds of token only; walking the Doc once per pass made a
    # Token object per word each time, a fifth of the linker's time.
    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    @property
    def lowers(self) -> list[str]:
        """Each token's `lower_`, by position."""
        if self._lowers is None:
            self._lowers = [t.lower_ for t in self.tokens]
        return self._lowers

    def tagged(self, tag: str) -> list[Token]:
        """The tokens with this fine-grained tag, in order."""
        found = self._by_tag.get(tag)
        if found is None:
            found = self._by_tag[tag] = [t for t in self.tokens if t.tag_ == tag]
        return found

    def spelled(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose `lower_` is one of `words`, in order."""
        lowers = self.lowers
        return [t for t, low in zip(self.tokens, lowers, strict=True) if low in words]

    def block(self, start: int, end: int) -> None:
        self._covered.update(range(start, end))

    def covered(self, start: int, end: int) -> bool:
        return any(i in self._covered for i in range(start, end))

    def add_actor(self, span: Span | Token, actor_id: str, rule: str, score: float = 1.0) -> None:
        from spacy.tokens import Token  # already loaded: the caller holds one of its objects

        start, end = (span.i, span.i + 1) if isinstance(span, Token) else (span.start, span.end)
        if self.covered(start, end):
            return
        if self.redirect is not None:
            actor_id = self.redirect(actor_id) or actor_id
        sub = self.doc[start:end]
        self._covered.update(range(start, end))
        self.actor_mentions.append(
            ActorMention(sub.start_char, sub.end_char, sub.text, actor_id, rule, score)
        )
        words = sub.text.split()
        doc = self.doc
        if (
            len(words) >= 2
            and end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and doc[end + 1].text.isupper()
        ):
            # "Centre for Regional Security Studies (CRSS)": later "CRSS" is the same body
            self._surnames.setdefault(normalize(doc[end + 1].text), actor_id)
        if len(words) >= 2 and rule in ("name", "alias", "provisional", "fuzzy"):
            # Later "Mujahid" or "Noor Wali" refers back to the full name.
            self._surnames.setdefault(normalize(words[-1]), actor_id)
            self._surnames.setdefault(normalize(" ".join(words[:-1])), actor_id)

    def short_form(self, text: str) -> str | None:
        return self._surnames.get(normalize(text))


def _state_body_words(words: list[str]) -> bool:
    """True for the words of a national body's generic name: "supreme court", "state bank",
    "ministry of commerce", "commerce ministry", "prosecutor-general's office"."""
    phrase = " ".join(words)
    if phrase in STATE_BODY_NAMES:
        return True
    if len(words) >= 3 and words[0] == "ministry" and words[1] == "of":
        rest = [w for w in words[2:] if w != "and"]
        return bool(rest) and all(w in PORTFOLIO_WORDS for w in rest)
    if len(words) >= 2 and words[-1] == "ministry":
        return all(w in PORTFOLIO_WORDS for w in words[:-1])
    return False


def _institution_modifier(tok: Token) -> Token | None:
    """The common noun that makes "officials" an institution's ("railway officials"), when it
    is the only thing narrowing them."""
    mods = [c for c in tok.children if c.dep_ not in ("det", "nummod", "quantmod", "punct")]
    if len(mods) != 1 or tok.lemma_.lower() != "official":
        return None
    mod = mods[0]
    if (
        mod.dep_ != "compound"
        or mod.tag_ != "NN"
        or mod.ent_type_
        or mod.lower_ in STATE_WORDS_FOR_OFFICIALS
        or mod.i != tok.i - 1
    ):
        return None
    return mod


def _before_place_kind(ent: Span) -> bool:
    """True for a name followed by a word that says it is a place ("district", "air base")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end].lower_
    two = f"{nxt} {doc[ent.end + 1].lower_}" if ent.end + 1 < len(doc) else ""
    if two in PLACE_KIND_WORDS:
        kind = doc[ent.end + 1]
    elif nxt in PLACE_KIND_WORDS:
        kind = doc[ent.end]
    else:
        return False
    # the place word heads the phrase: not "the PPP district president"
    return kind.dep_ not in ("compound", "amod", "nmod")


def _with_article(doc: Doc, start: int, articles: tuple[str, ...] = ("the",)) -> int:
    """Where a phrase beginning at ``start`` begins once the article right before it is
    taken in ("the" + "Foreign Ministry"); ``start`` when there is none."""
    return start - 1 if start > 0 and doc[start - 1].lower_ in articles else start


def _place_mention_at(state: _State, tok: Token) -> PlaceMention | None:
    """The first resolved place mention covering ``tok``."""
    for pm in state.place_mentions:
        if pm.start <= tok.idx < pm.end and pm.place_id:
            return pm
    return None


def _speech_verb_above(tok: Token) -> Token | None:
    """The speech verb whose reported clause holds ``tok`` ("X warned that ..."), looked for
    up to six heads above it; None when there is none that near."""
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return None
        dep, h = h.dep_, h.head
        if dep in ("ccomp", "xcomp") and h.lemma_.lower() in SPEECH_VERBS:
            return h
    return None


def _dateline_end(doc: Doc) -> int:
    """Index of the dash closing the opening dateline ("PESHAWAR, Pakistan —", "UNITED NATIONS
    —"), 0 when the text opens without one."""
    k = 0
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or not doc[k].is_upper or len(doc[k].text) < 3:
        return 0
    for j in range(k + 1, min(k + 8, len(doc))):
        tok = doc[j]
        if tok.text in DATELINE_DASHES:
            return j
        if not (
            tok.text in (",", "(", ")", ".")
            or tok.text[:1].isupper()
            or tok.is_digit
            or tok.lower_ in NAME_JOINERS
        ):
            return 0
    return 0


def _unowned(tok: Token, allow: frozenset[str] = NEUTRAL_MODIFIERS) -> bool:
    """True when nothing but an article or a neutral adjective narrows the noun: "officials
    said", "the federal government" — not "hospital officials", "local officials", "officials
    of the ministry"."""
    for child in tok.children:
        if child.dep_ in ("det", "nummod", "quantmod", "punct", "cc", "conj", "relcl", "acl"):
            continue
        if child.dep_ == "amod" and child.lower_ in allow:
            continue
        if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
            return False
    # "hospital officials and staff" share the modifier; "two health workers and a constable"
    # do not: a conjunct with an article of its own is a phrase of its own
    shared = not any(c.dep_ == "det" for c in tok.children)
    return not (tok.dep_ == "conj" and shared and not _unowned(tok.head, allow))


def _names_people(tok: Token) -> bool:
    """True for a common noun naming a person or people ("soldier", "a shopkeeper"), not a
    body or a name ("the United States")."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    lemma = tok.lemma_.lower()
    if lemma in PERSON_ROLE_NOUNS or lemma in SERVICE_MEMBERS:
        return True
    return lemma in GENERIC_NOUNS and lemma not in NON_PERSON_NOUNS


def _being_created(tok: Token) -> bool:
    """True for the object of a verb that makes it ("set up a joint company", "founded a
    school"): what is being made is no participant yet."""
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in CREATION_VERBS


def _capitalised_name(tok: Token) -> bool:
    """A word of a proper name as written: tagged so and capitalised (the tagger also calls
    some lower-case nouns proper)."""
    return tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and not tok.is_punct


def _subtree_without_conj(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ not in ("conj", "cc"):
            out.extend(_subtree_without_conj(child))
    return out


def _reports(tok: Token) -> bool:
    """True for the subject of a verb of saying ("he said", "the ministry noted")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in REPORTING_VERBS


def _according_to(tok: Token) -> bool:
    """True for X in "according to X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _apposed_to_name(doc: Doc, start: int, end: int) -> bool:
    """True when the phrase doc[start:end] stands in apposition to a person's name, after it
    ("Ali Khan, the party's leader") or before it ("the party's leader, Ali Khan")."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON":
        return True
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def _service_modifier(tok: Token) -> str | None:
    """The service a modifier names over the noun's usual one: "under military escort"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.i < tok.i:
            service = SERVICE_MODIFIERS.get(c.lower_)
            if service:
                return service
    return None


def _located(tok: Token) -> bool:
    """True for the object of a locative preposition or of "the village of"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in TERRITORY_NOUNS | {"area"}


def _pronoun_after_stop(ent: Span) -> bool:
    """ "X. He", "Kabul. She": a name ending in a sentence-initial pronoun after a full stop."""
    return (
        len(ent) >= 3
        and ent[-1].lower_ in PRONOUNS_PERSON | {"it", "they", "we"}
        and ent[-2].text == "."
    ) or (len(ent) == 2 and ent[-1].lower_ in PRONOUNS_PERSON and ent[0].text.endswith("."))


def _platform_break(ent: Span) -> bool:
    """ "posted on X. Officials said": the platform X read as an initial of the next name."""
    return (
        len(ent) >= 2
        and ent[0].text == "X."
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("on", "via")
    )


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _looks_like_name(text: str) -> bool:
    stripped = _strip_article(text).strip()
    return (
        sum(c.isalpha() for c in stripped) >= 2
        and any(c.isupper() for c in stripped)
        and not any(c.isdigit() for c in stripped)
    )


def _guess_sector(name: str, ent: Any) -> str | None:
    low = name.lower()
    for cue, sector in SECTOR_CUES:
        if cue in low:
            return sector
    return None


def _shared_subject(verb: Token, subj: Token | None) -> Token | None:
    """`subj`, or when a coordinated verb has none, the subject of the verb it is joined to
    ("condemned the attack and said it was ready")."""
    while subj is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj
