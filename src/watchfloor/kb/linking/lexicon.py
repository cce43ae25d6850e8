"""Word lists of the linker: the verbs, nouns and modifiers its rules test, and the lexicon
file `kb/data/linker_nouns.yaml` that extends them (generic nouns with their sector and role,
organisation heads, media nouns, ...). Loaded once at import; `_LEXICON_DIGEST` goes into
`Linker.VERSION` so a changed word list changes the linker's version. Shared by every stage.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from watchfloor.kb.actors import normalize

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
        "negotiator",
        # "Turkish and Qatari mediators": the states mediating, as "Qatari officials" are
        "mediator",
        "mediators",
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
LEXICON_FILE = Path(__file__).parent.parent / "data" / "linker_nouns.yaml"


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
# A country's press, not its state ("a Pakistani newspaper"); "agency" and "network" also name
# state services and armed groups.
PRESS_NOUNS = MEDIA_NOUNS - {"agency", "network"}
STATE_PRESS_WORDS = frozenset(["state", "official", "government", "government-run", "state-run"])
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

# "Tehran is ready to ...": dispositions only an actor has.
WILLING_WORDS = frozenset(
    ["ready", "willing", "prepared", "determined", "committed", "keen", "eager", "unwilling"]
    + ["reluctant", "open", "unable", "able", "concerned", "opposed"]
    # conduct: "China has been notably cautious in public", "Tehran has stayed silent"
    + ["cautious", "careful", "wary", "silent", "quiet", "vocal", "adamant", "firm", "critical"]
    # answerability and attitude: "Afghanistan was not responsible for Pakistan's security"
    + ["responsible", "grateful", "confident", "interested", "aware", "satisfied", "serious"]
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
# "Pakistan's ports", "Afghanistan's border with Turkmenistan": a country owning a stretch of
# land or its features is also where something lies (docs/annotation-guide.md §4)
TERRAIN_HEADS = PLACE_KIND_WORDS | frozenset(_LEXICON.get("terrain_nouns") or [])
# "protests from Kabul", "troops from Russia": nouns whose "from X" names who acts.
SOURCE_NOUNS = frozenset(_LEXICON.get("source_nouns") or [])
# "a message to Washington": nouns whose "to X" names a party addressed, not a destination.
ADDRESS_NOUNS = frozenset(_LEXICON.get("address_nouns") or [])
# "deliver helicopters to Dushanbe": verbs whose "to X" names the party that receives.
DELIVERY_VERBS = frozenset(_LEXICON.get("delivery_verbs") or [])
# The eight compass points ("Surobi district, east of Kabul", "X, North Waziristan").
COMPASS_POINTS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)
# "appealed to Islamabad": verbs whose "to X" names a party spoken to.
APPEAL_VERBS = frozenset(_LEXICON.get("appeal_verbs") or [])
# "a remark aimed at Islamabad": verbs whose "at X" names a party aimed at.
AIM_VERBS = frozenset(_LEXICON.get("aim_verbs") or [])
# "a strategic priority for Islamabad": nouns whose "for X" names a party concerned.
STAKE_NOUNS = frozenset(_LEXICON.get("stake_nouns") or [])
# "a farmer from Deh Salah": people whose "from X" names where they live.
INHABITANT_NOUNS = frozenset(_LEXICON.get("inhabitant_nouns") or [])
# "Tajik speakers", "the Uzbek community": nouns after a demonym that make it a people.
PEOPLE_HEADS = frozenset(_LEXICON.get("people_heads") or [])
# "the British left": demonyms whose plural takes no -s (besides those in "-ese").
PLURAL_DEMONYMS_WITHOUT_S = frozenset(_LEXICON.get("plural_demonyms_without_s") or [])
# "the hand of New Delhi": nouns whose "of" names who acts or stands for something.
STANCE_NOUNS = frozenset(
    ["hand", "role", "involvement", "support", "backing", "position", "stance", "participation"]
    + ["demand", "decision", "request", "policy", "behalf", "complicity", "interference"]
)
# What a body answers with: "the Islamic Emirate's response was swift. Its ..." is the body.
RESPONSE_NOUNS = frozenset(["response", "reaction", "reply", "answer", "verdict", "line"])
# "X, a Tajik militant group": head nouns of a phrase that says what kind of body X is.
APPOSED_BODY_KINDS = frozenset(
    ["group", "movement", "organisation", "organization", "outfit", "faction", "militia"]
    + ["network", "party", "alliance", "front"]
)
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
        # "The Pakistan Association of Tribal Elders ... The association urged": the head words
        # of a body's name; a body the KB lacks must hold the word in the name it was given
        "association",
        "forum",
        "federation",
        "foundation",
        "institute",
        "society",
        "chamber",
        "union",
        "party",
    ]
) | frozenset(_LEXICON.get("diplomatic_post_nouns") or [])
DIPLOMATIC_POST_NOUNS = frozenset(_LEXICON.get("diplomatic_post_nouns") or [])
DESCRIBED_GOVERNMENT_NOUNS = frozenset(_LEXICON.get("described_government_nouns") or [])
WHOLE_BODY_MODIFIERS = frozenset(_LEXICON.get("whole_body_modifiers") or [])
PARAMILITARY_WORDS = frozenset(_LEXICON.get("paramilitary_words") or [])
PARAMILITARY_HEADS = frozenset(_LEXICON.get("paramilitary_heads") or [])
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
ROLE_ANAPHORS = PERSON_ROLE_NOUNS - {"official", "head", "representative"} | frozenset(
    # "Senator <Name> ... The senator said": offices held by one named person, which point back
    # only to a person the text named with the word (no body holds them in the KB)
    ["senator", "chairman", "chairwoman", "chairperson", "mayor", "lawmaker"]
)
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
# "A second statement", "a further report": one more from the author of the last one.
REPEAT_WORDS = frozenset(["second", "third", "further", "another", "fresh", "subsequent"])
# "a statement attributed to X": who is said to have issued a document.
ATTRIBUTION_VERBS = frozenset(["attribute", "ascribe"])
DOCUMENT_NEUTRAL = frozenset(["latest", "new", "full", "same", "recent", "final", "whole"])
# What a report says, standing for its authors as much as the report does ("rejected the findings").
REPORT_CONTENT = frozenset(["finding"])
# People an article counts as members of a group once it has said whose they are.
COLLECTIVE_MEMBERS = frozenset(["commander", "individual", "member", "operative", "cadre"])
# What a third party does to the sides of a dispute ("China called on both sides to ...").
# (Named apart from `APPEAL_VERBS`, the data file's "appealed to X" verbs, which this list
# used to overwrite.)
URGING_VERBS = frozenset(["urge", "call", "appeal", "ask", "press", "encourage", "implore"])
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
# Not "customs": collecting duties at a border is always the state's own service.
SERVICE_PORTFOLIOS = frozenset(["railway", "transport", "water", "energy"])
# Generic names of national bodies (`Linker._link_state_body_name`), normalized.
STATE_BODY_NAMES = frozenset(normalize(str(n)) for n in _LEXICON.get("state_body_names") or [])
# `Linker._person_tagged_as_org`: words that make a short capitalised name a body's, and the
# titles that make it a person's when apposed
SECTOR_CUE_WORDS = frozenset(cue for cue, _ in SECTOR_CUES)
PERSON_TITLE_WORDS = OFFICE_HOLDER_NOUNS | PERSON_ROLE_NOUNS | SPOKES_NOUNS
PERSON_TITLE_HEADS = PERSON_TITLE_WORDS | TITLE_HEADS
# Religious and social honorifics written before a person's name and as often left out
# ("Maulana Fazlur Rahman" ... "Fazlur Rahman" ... "Maulana Rahman"): one person
# (`_State.short_form`). Military ranks and offices are titles, handled by the title rules.
PERSON_HONORIFICS = frozenset(_LEXICON.get("person_honorifics") or [])
# Words after a name that make it a local place a story locates by its town (`_local_places`):
# "the Shakai valley", "the Absar neighbourhood", "the Kurram river".
LOCAL_FEATURE_WORDS = frozenset(_LEXICON.get("local_feature_words") or [])
# Nouns that introduce a local place's name: "the village of Sipah".
LOCAL_UNIT_WORDS = frozenset(_LEXICON.get("local_unit_words") or [])
# Words that make a name a continent or world region (`_local_places` leaves it alone).
MACRO_REGION_WORDS = frozenset(str(w).lower() for w in _LEXICON.get("macro_region_words") or [])
