"""Plain records that cross stage boundaries.

Every stage (ingest → nlp → kb → extract → analyze → store) hands the next one these
dataclasses: text, `(start, end)` character spans, ids and numbers — never ORM rows or spaCy
objects — so each stage can be tested on one sentence and a Dask task can ship them cheaply.
Spans are 0-based `[start, end)` offsets into the cleaned document text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# PLOVER's own table for names used by older CAMEO-era coders.
LEGACY_EVENT_TYPES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
FACTUALITY_VALUES: tuple[str, ...] = (
    "asserted",
    "alleged",
    "future",
    "hypothetical",
    "negated",
    "historical",
    "generic",
)
SECTOR_CODES: tuple[str, ...] = (
    "GOV",
    "MIL",
    "REB",
    "SPY",
    "PTY",
    "LEG",
    "JUD",
    "COP",
    "UAF",
    "UNK",
    "CVL",
    "JRN",
    "REL",
    "REF",
    "BUS",
    "CRM",
    "EDU",
    "ELI",
    "MED",
    "OPP",
    "PRE",
    "SOC",
    "LAB",
    "AGR",
    "IGO",
    "NGO",
)
PLACE_KINDS: tuple[str, ...] = ("country", "admin1", "admin2", "city", "site")

Factuality = Literal[
    "asserted", "alleged", "future", "hypothetical", "negated", "historical", "generic"
]
Stance = Literal["assert", "deny"]
Polarity = Literal["for", "against"]


@dataclass
class RawDocument:
    """One document as a reader produced it, before storage.

    `origin` names where it came from (file and line/row, or URL) so error messages and
    provenance can point back to it.
    """

    text: str
    external_id: str
    origin: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor:
    """A knowledge-base actor (curated or provisional)."""

    id: str
    name: str
    sector: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    parent: str | None = None
    kind: str = "organization"  # person | organization | country | group
    provisional: bool = False


@dataclass
class Place:
    """A gazetteer entry."""

    id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    admin1: str | None = None
    population: int | None = None


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor_id: str | None
    rule: str  # which linking rule or score resolved it (name, alias, demonym, metonymy, title, coref, fuzzy, provisional)
    score: float = 1.0


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place_id: str | None
    rule: str
    score: float = 1.0


@dataclass
class ActorRef:
    """The exchange-format actor object: `{"id", "name", "text"}`."""

    id: str | None
    name: str | None
    text: str


@dataclass
class PlaceRef:
    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass
class EventRecord:
    sentence: str
    sentence_span: Span
    span: Span  # the trigger's span
    trigger: str
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    place: PlaceRef | None = None
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    fatalities: int | None = None
    injured: int | None = None
    factuality: str = "asserted"
    reported_by: ActorRef | None = None
    confidence: float = 0.5
    extractor: str = ""
    notes: list[str] = field(default_factory=list)
    incident: str | None = None  # same-event grouping id within one document


@dataclass
class ClaimRecord:
    sentence: str
    sentence_span: Span
    span: Span  # the cue's span
    cue: str
    content: str
    content_span: Span
    speaker: ActorRef | None = None
    stance: str = "assert"
    hedged: bool = False
    factuality: str = "asserted"
    proposition_id: str | None = None
    polarity: str | None = None
    confidence: float = 0.5
    extractor: str = ""


@dataclass
class DocumentAnalysis:
    """Everything the NLP, linking and extraction stages derive from one document."""

    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)  # provisional actors first seen here
    places: list[Place] = field(default_factory=list)  # every place the mentions resolve to
    commitments: list[Any] = field(default_factory=list)  # analyze.commitments.CommitmentRecord
    focus_countries: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # component name → version
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def to_plain(obj: Any) -> Any:
    """Dataclass (or nested) → JSON-ready dicts/lists."""
    if hasattr(obj, "__dataclass_fields__"):
        return asdict(obj)
    if isinstance(obj, list | tuple):
        return [to_plain(x) for x in obj]
    return obj
