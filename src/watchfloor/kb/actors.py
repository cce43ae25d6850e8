"""The actor knowledge base: countries, their state bodies, armed groups, organisations, people.

Everything region-specific lives in YAML files (`kb/data/countries.yaml`, `kb/data/actors.yaml`
and any `*.yaml` in the directory named by `WATCHFLOOR_KB_DIR`). They are validated on load; a
mistake produces one `KnowledgeBaseError` line naming the file, the entry and the field.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from watchfloor.records import SECTOR_CODES, Actor

SCHEMA_VERSION = "1"
DATA_DIR = Path(__file__).parent / "data"
COUNTRIES_FILE = DATA_DIR / "countries.yaml"
ACTORS_FILE = DATA_DIR / "actors.yaml"
ACTOR_KINDS = ("person", "organization", "country", "group")
# What an armed group fights for, in words any region's analyst can apply (docs/knowledge-base.md).
AIMS = (
    "separatist",  # independence or autonomy for a region or people
    "jihadist-transnational",  # armed Islamist struggle not confined to one state
    "jihadist-national",  # armed Islamist struggle against one state or for one territory
    "sectarian",  # violence against a religious community
    "anti-government",  # armed opposition to a government without a separatist or religious aim
)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


class KnowledgeBaseError(Exception):
    """A data file is malformed; the message names the file, the entry and the field."""


_APOS_S = re.compile(r"'s\b")
_DASHES = re.compile(r"[\-\u2010-\u2015_/]")
_PUNCT = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case, accent-free, punctuation-light form used for every name comparison.

    Articles and possessive endings are dropped so "the Taliban's" and "Taliban" compare equal.
    """
    if text.isascii() and text.replace(" ", "").isalpha():
        # Most gazetteer names: skip the regex passes (this runs ~600k times per load).
        text = " ".join(text.lower().split())
    else:
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
            text = text.replace("\u2019", "'").replace("\u2018", "'")
        text = text.lower()
        if "'" in text:
            text = _APOS_S.sub("", text)
        text = _DASHES.sub(" ", text)
        text = _PUNCT.sub("", text)
        text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-") or "unnamed"


@dataclass
class Title:
    """A role a person holds in an organisation or country ("foreign minister" of `taliban`)."""

    title: str
    of: str
    actor_id: str


@dataclass
class Country:
    iso3: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    metonyms: list[str] = field(default_factory=list)
    government: str | None = None  # actor id standing for the state when not the ISO3 itself
    iso2: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class ActorAttributes:
    """What a group is, beyond its origin `country`: where it operates from, what it fights for
    and which states it fights. Evidence rules speak of classes of actors through these."""

    based_in: tuple[str, ...] = ()  # ISO3 of where its leadership or fighters are based
    aims: tuple[str, ...] = ()  # from AIMS
    opposes: tuple[str, ...] = ()  # ISO3 of the states whose government it wages war on


@dataclass
class SubActorTemplate:
    role: str
    suffix: str
    sector: str
    name: str
    cues: list[str]
    # cues naming the body itself ("Russian troops", "Tajikistan's army"), normalised: they take
    # the body's own id (`RUS-MIL`) even where the KB does not curate it (`KnowledgeBase.cue_organ`)
    own_body_cues: frozenset[str] = frozenset()


class KnowledgeBase:
    """Curated actors plus one government actor per country; lookups by normalised surface."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._attributes: dict[str, ActorAttributes] = {}  # armed groups' based_in/aims/opposes
        self.countries: dict[str, Country] = {}
        self.templates: list[SubActorTemplate] = []
        self.titles: list[Title] = []
        self.sources: dict[str, str] = {}
        self._roles: dict[tuple[str, str], str] = {}  # (country, role) → curated actor id
        self._index: dict[str, set[str]] = {}
        self._demonyms: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        self._digest = hashlib.sha256()
        self._file_version = SCHEMA_VERSION
        self._runtime: list[str] = []  # actors and aliases added after loading, for `version`
        self._gender: dict[str, str] = {}  # person id → "female" | "male" (pronoun agreement)
        self._speaks_for: dict[str, str] = {}  # spokesperson id → the body they speak for
        self._children: dict[str, list[str]] = {}  # parent id → child ids, in file order

    # ---- loading --------------------------------------------------------------------------
    @classmethod
    def load(cls, paths: list[Path] | None = None) -> KnowledgeBase:
        if paths is None:
            paths = data_paths()
        kb = cls()
        pending: list[tuple[Path, dict[str, Any]]] = []
        for path in paths:
            data = kb._read(Path(path))
            if "countries" in data:
                kb._load_countries(Path(path), data)
            pending += [(Path(path), entry) for entry in data.get("actors") or []]
        for path, entry in pending:
            kb._add_entry(path, entry)
        kb._check_parents(pending)
        kb._file_version = f"{SCHEMA_VERSION}-{kb._digest.hexdigest()[:12]}"
        return kb

    @property
    def version(self) -> str:
        """Schema version + hash of the data files (+ hash of run-time additions, if any)."""
        if not self._runtime:
            return self._file_version
        extra = hashlib.sha256("\n".join(self._runtime).encode()).hexdigest()[:8]
        return f"{self._file_version}+{extra}"

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise KnowledgeBaseError(f"{path}: cannot read ({exc.strerror})") from None
        self._digest.update(raw)
        try:
            try:
                # libyaml's parser (same objects, several times faster); on an error the pure
                # parser runs again so the message stays its own
                data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            except yaml.YAMLError:
                data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            line = f" line {where.line + 1}" if where else ""
            raise KnowledgeBaseError(
                f"{path}:{line} malformed YAML ({getattr(exc, 'problem', exc)})"
            ) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise KnowledgeBaseError(
                f"{path}: top level must be a mapping with 'actors' and/or 'countries'"
            )
        return data

    def _load_countries(self, path: Path, data: dict[str, Any]) -> None:
        for i, tpl in enumerate(data.get("sub_actor_templates") or []):
            where = f"{path}: sub_actor_templates[{i}]"
            if not isinstance(tpl, dict):
                raise KnowledgeBaseError(f"{where}: must be a mapping")
            for key in ("role", "suffix", "sector", "name"):
                if not tpl.get(key):
                    raise KnowledgeBaseError(f"{where}: field '{key}' is required")
            if tpl["sector"] not in SECTOR_CODES:
                raise KnowledgeBaseError(
                    f"{where}: field 'sector': unknown sector code {tpl['sector']!r}"
                )
            self.templates.append(
                SubActorTemplate(
                    tpl["role"],
                    tpl["suffix"],
                    tpl["sector"],
                    tpl["name"],
                    list(tpl.get("cues") or []),
                    frozenset(normalize(c) for c in tpl.get("own_body_cues") or []),
                )
            )
        for i, entry in enumerate(data.get("countries") or []):
            iso3 = entry.get("iso3") if isinstance(entry, dict) else None
            where = f"{path}: country {iso3 or f'#{i}'}"
            if not isinstance(entry, dict):
                raise KnowledgeBaseError(f"{where}: must be a mapping")
            if not isinstance(iso3, str) or not _ISO3.match(iso3):
                raise KnowledgeBaseError(f"{where}: field 'iso3': bad ISO3 code {iso3!r}")
            if iso3 in self.countries:
                raise KnowledgeBaseError(f"{where}: field 'iso3': duplicate country {iso3}")
            if not entry.get("name"):
                raise KnowledgeBaseError(f"{where}: field 'name' is required")
            country = Country(
                iso3=iso3,
                name=entry["name"],
                aliases=_str_list(entry.get("aliases"), where, "aliases"),
                demonyms=_str_list(entry.get("demonyms"), where, "demonyms"),
                capital=entry.get("capital"),
                metonyms=_str_list(entry.get("metonyms"), where, "metonyms"),
                government=entry.get("government"),
                iso2=entry.get("iso2"),
                geonames_id=entry.get("geonames_id"),
            )
            self.countries[iso3] = country
            actor = Actor(
                id=iso3,
                name=country.name,
                sector="GOV",
                country=iso3,
                aliases=[a for a in country.aliases if a != country.name],
                kind="country",
            )
            self._put(actor)
            for dem in country.demonyms:
                self._demonyms.setdefault(normalize(dem), iso3)
            for cap in [country.capital, *country.metonyms]:
                if cap:
                    self._capitals.setdefault(normalize(cap), iso3)

    def _add_entry(self, path: Path, entry: Any) -> None:
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"{path}: actor {ident or '?'}"
        if not isinstance(entry, dict):
            raise KnowledgeBaseError(f"{where}: must be a mapping")
        if not isinstance(ident, str) or not ident.strip():
            raise KnowledgeBaseError(f"{where}: field 'id' is required")
        if ident in self._actors and self._actors[ident].kind != "country":
            raise KnowledgeBaseError(f"{where}: field 'id': duplicate id {ident}")
        if not entry.get("name"):
            raise KnowledgeBaseError(f"{where}: field 'name' is required")
        sector = entry.get("sector")
        if sector is not None and sector not in SECTOR_CODES:
            raise KnowledgeBaseError(f"{where}: field 'sector': unknown sector code {sector!r}")
        country = entry.get("country")
        if country is not None:
            self._check_country(where, "country", country)
        kind = entry.get("kind", "organization")
        if kind not in ACTOR_KINDS:
            raise KnowledgeBaseError(
                f"{where}: field 'kind': must be one of {', '.join(ACTOR_KINDS)}"
            )
        qid = entry.get("wikidata")
        if qid is not None and not (isinstance(qid, str) and _QID.match(qid)):
            raise KnowledgeBaseError(f"{where}: field 'wikidata': bad QID {qid!r}")
        actor = Actor(
            id=ident,
            name=entry["name"],
            sector=sector,
            country=country,
            aliases=_str_list(entry.get("aliases"), where, "aliases"),
            wikidata=qid,
            parent=entry.get("parent"),
            kind=kind,
        )
        self._put(actor)
        self.sources[ident] = str(entry.get("source") or path.name)
        gender = entry.get("gender")
        if gender is not None:
            if gender not in ("female", "male") or kind != "person":
                raise KnowledgeBaseError(
                    f"{where}: field 'gender': must be female or male, and only for a person"
                )
            self._gender[ident] = gender
        attributes = self._attributes_of(entry, where, kind)
        if attributes is not None:
            self._attributes[ident] = attributes
        if entry.get("spokesperson"):
            if not entry.get("parent"):
                raise KnowledgeBaseError(
                    f"{where}: field 'spokesperson': needs 'parent' (the body spoken for)"
                )
            self._speaks_for[ident] = entry["parent"]
        if entry.get("parent"):
            self._children.setdefault(entry["parent"], []).append(ident)
        role = entry.get("role")
        if role:
            if not any(t.role == role for t in self.templates):
                raise KnowledgeBaseError(f"{where}: field 'role': unknown role {role!r}")
            self._roles[(country or "", role)] = ident
        for j, t in enumerate(entry.get("titles") or []):
            if not isinstance(t, dict) or not t.get("title") or not t.get("of"):
                raise KnowledgeBaseError(f"{where}: field 'titles[{j}]' needs 'title' and 'of'")
            self.titles.append(Title(normalize(t["title"]), t["of"], ident))

    def _attributes_of(
        self, entry: dict[str, Any], where: str, kind: str
    ) -> ActorAttributes | None:
        names = ("based_in", "aims", "opposes")
        if not any(entry.get(name) is not None for name in names):
            return None
        if kind in ("person", "country"):
            raise KnowledgeBaseError(
                f"{where}: fields 'based_in', 'aims', 'opposes' are for groups and organisations"
            )
        values = {name: _str_list(entry.get(name), where, name) for name in names}
        for name in ("based_in", "opposes"):
            for code in values[name]:
                self._check_country(where, name, code)
        for aim in values["aims"]:
            if aim not in AIMS:
                raise KnowledgeBaseError(
                    f"{where}: field 'aims': unknown aim {aim!r} (one of {', '.join(AIMS)})"
                )
        return ActorAttributes(**{name: tuple(v) for name, v in values.items()})

    def _check_country(self, where: str, name: str, code: Any) -> None:
        """`code` must be an ISO3 code, and one of the loaded countries once there are any."""
        if not isinstance(code, str) or not _ISO3.match(code):
            raise KnowledgeBaseError(f"{where}: field '{name}': bad ISO3 code {code!r}")
        if self.countries and code not in self.countries:
            raise KnowledgeBaseError(f"{where}: field '{name}': unknown ISO3 code {code!r}")

    def _check_parents(self, pending: list[tuple[Path, dict[str, Any]]]) -> None:
        for path, entry in pending:
            parent = entry.get("parent")
            if parent is not None and parent not in self._actors:
                raise KnowledgeBaseError(
                    f"{path}: actor {entry['id']}: field 'parent': {parent!r} not found"
                )
        for t in self.titles:
            if t.of not in self._actors:
                raise KnowledgeBaseError(
                    f"actor {t.actor_id}: field 'titles': 'of' {t.of!r} not found"
                )
        for c in self.countries.values():
            if c.government and c.government not in self._actors:
                raise KnowledgeBaseError(
                    f"country {c.iso3}: field 'government': {c.government!r} not found"
                )

    def _put(self, actor: Actor) -> None:
        old = self._actors.get(actor.id)
        if old is not None:
            self._unindex(old)
        self._actors[actor.id] = actor
        for surface in [actor.name, *actor.aliases]:
            self._index.setdefault(normalize(surface), set()).add(actor.id)

    def _unindex(self, actor: Actor) -> None:
        for surface in [actor.name, *actor.aliases]:
            ids = self._index.get(normalize(surface))
            if ids:
                ids.discard(actor.id)

    # ---- queries ---------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def all(self) -> list[Actor]:
        return list(self._actors.values())

    def curated(self) -> list[Actor]:
        return [a for a in self._actors.values() if a.kind != "country" and not a.provisional]

    def add_actors(self, actors: Iterable[Actor]) -> None:
        for actor in actors:
            if actor.sector is not None and actor.sector not in SECTOR_CODES:
                raise KnowledgeBaseError(
                    f"actor {actor.id}: field 'sector': unknown sector code {actor.sector!r}"
                )
            self._put(replace(actor, aliases=list(actor.aliases)))
            self._runtime.append(f"actor:{actor.id}:{actor.name}:{'|'.join(actor.aliases)}")

    def add_alias(self, actor_id: str, alias: str, source: str = "user") -> None:
        actor = self._actors.get(actor_id)
        if actor is None:
            raise KnowledgeBaseError(f"add_alias: actor {actor_id!r} not found")
        if alias not in actor.aliases and alias != actor.name:
            actor.aliases.append(alias)
            self._index.setdefault(normalize(alias), set()).add(actor_id)
            self.sources.setdefault(f"{actor_id}:{alias}", source)
            self._runtime.append(f"alias:{actor_id}:{alias}")

    def lookup(self, surface: str) -> list[Actor]:
        ids = self._index.get(normalize(surface), set())
        return sorted((self._actors[i] for i in ids), key=lambda a: (a.kind == "country", a.id))

    def surfaces(self) -> dict[str, set[str]]:
        """Normalised name/alias → actor ids (read-only view for the ruler and linker)."""
        return self._index

    def country_of_demonym(self, word: str) -> str | None:
        return self._demonyms.get(normalize(word))

    def country_of_capital(self, word: str) -> str | None:
        """ISO3 of the country whose capital (or seat-of-power metonym) this is."""
        return self._capitals.get(normalize(word))

    def demonyms(self) -> dict[str, str]:
        return self._demonyms

    def capitals(self) -> dict[str, str]:
        return self._capitals

    def government_of(self, iso3: str) -> str | None:
        country = self.countries.get(iso3)
        if country is None:
            return None
        return country.government or iso3

    def is_government(self, actor: Actor) -> bool:
        """Whether `actor` is the government of its own country ("the Taliban" for
        Afghanistan, "Pakistan" itself), as against one of the state's organs."""
        return actor.country is not None and self.government_of(actor.country) == actor.id

    def capital_of(self, iso3: str) -> str | None:
        country = self.countries.get(iso3)
        return country.capital if country else None

    def country_name(self, iso3: str) -> str | None:
        country = self.countries.get(iso3)
        return country.name if country else None

    def template_for_cue(self, cue: str) -> SubActorTemplate | None:
        key = normalize(cue)
        for tpl in self.templates:
            if key in (normalize(c) for c in tpl.cues):
                return tpl
        return None

    def _template(self, role: str) -> SubActorTemplate | None:
        return next((t for t in self.templates if t.role == role), None)

    def sub_actor(self, iso3: str, role: str) -> str | None:
        """The actor standing for `role` (military, police, ...) of a country.

        Curated entries win; a country governed by a non-state actor (`government:` in
        countries.yaml) maps its organs to that actor; otherwise an actor is generated from the
        template so "Tajik border guards" still gets a stable id (`TJK-MIL`).
        """
        if (iso3, role) in self._roles:
            return self._roles[(iso3, role)]
        country = self.countries.get(iso3)
        tpl = self._template(role)
        if country is None or tpl is None:
            return None
        ident = f"{iso3}-{tpl.suffix}"
        if ident in self._actors:
            return ident
        if country.government and country.government != iso3:
            return country.government
        self._actors[ident] = Actor(
            id=ident,
            name=tpl.name.format(name=country.name),
            sector=tpl.sector,
            country=iso3,
            parent=iso3,
            kind="organization",
        )
        return ident

    def organs_styled(self, phrase: str, role: str) -> dict[str, str]:
        """Country → curated organ of ``role`` some of whose names end with ``phrase``
        ("National Assembly" → {PAK: PAK-NA}), however few states have that organ curated."""
        tail = normalize(phrase).split()
        out: dict[str, str] = {}
        for (iso3, r), actor_id in self._roles.items():
            actor = self._actors.get(actor_id)
            if r != role or actor is None or not tail:
                continue
            if any(
                normalize(n).split()[-len(tail) :] == tail for n in [actor.name, *actor.aliases]
            ):
                out.setdefault(iso3, actor_id)
        return out

    def organ_styled(self, phrase: str, role: str) -> str | None:
        """The one curated organ of ``role`` some of whose names end with ``phrase``: only
        Pakistan's foreign ministry is "the Foreign Office" in the KB, so an unowned "Foreign
        Office" is that one whatever country the sentence is about. None when several or none."""
        key = (normalize(phrase), role)
        cache = self.__dict__.setdefault("_styled", {})
        if key not in cache:
            tail = key[0].split()
            found = {
                actor_id
                for (_, r), actor_id in self._roles.items()
                if r == role
                and (actor := self._actors.get(actor_id)) is not None
                and any(
                    normalize(n).split()[-len(tail) :] == tail for n in [actor.name, *actor.aliases]
                )
            }
            # a style only tells states apart when several states' organs are curated
            peers = sum(1 for (_, r) in self._roles if r == role)
            cache[key] = found.pop() if len(found) == 1 and peers >= 3 else None
        return cache[key]

    def named_organ(self, iso3: str, role: str) -> str | None:
        """The actor a mention of a state's organ links to: the curated body, else the
        government. A template body (`TJK-MIL`) exists for the API and for analysts, but no
        list of ids annotators or analysts work from names it, so mentions go to the state.
        Role "state" (prosecutors: linker_nouns.yaml) is the state itself; "state-police"
        (investigators) is its curated police, else the state."""
        if role == "state":
            return self.government_of(iso3)
        if role == "state-police":
            # "investigators": the police's work, where the state has a police curated
            return self._roles.get((iso3, "police")) or self.government_of(iso3)
        actor_id = self.sub_actor(iso3, role)
        if actor_id is None or (iso3, role) in self._roles:
            return actor_id
        tpl = self._template(role)
        if tpl is not None and actor_id == f"{iso3}-{tpl.suffix}":
            return self.government_of(iso3) or iso3
        return actor_id

    def cue_organ(self, iso3: str, role: str, cue: str) -> str | None:
        """The actor "<state's> <cue>" links to: `named_organ`, except that a cue the
        template lists as naming the body itself ("troops", "army", "defence ministry":
        `own_body_cues` in countries.yaml) takes the body's own id, generated from the template
        when not curated ("Russian troops" → `RUS-MIL`; docs/annotation-guide.md §0, most
        specific id). A state run by a non-state actor still maps to that actor."""
        tpl = self._template(role)
        if tpl is not None and normalize(cue) in tpl.own_body_cues:
            return self.sub_actor(iso3, role)
        return self.named_organ(iso3, role)

    def titles_for(self, title: str) -> list[Title]:
        key = normalize(title)
        return [t for t in self.titles if t.title == key]

    def gender_of(self, actor_id: str) -> str | None:
        return self._gender.get(actor_id)

    def speaks_for(self, actor_id: str) -> str | None:
        """The body a spokesperson's words are attributed to (`spokesperson: true` entries)."""
        return self._speaks_for.get(actor_id)

    def children_of(self, actor_id: str) -> list[Actor]:
        return [self._actors[c] for c in self._children.get(actor_id, []) if c in self._actors]

    def branches(self) -> list[Actor]:
        """Every curated actor listed under a parent ("Islamic State Khorasan Province")."""
        return [a for a in self._actors.values() if a.parent and a.parent in self._actors]

    def attributes_of(self, actor_id: str) -> ActorAttributes:
        """The group's own `based_in`/`aims`/`opposes` (empty when not given; not inherited)."""
        return self._attributes.get(actor_id, ActorAttributes())

    def actors_with(
        self,
        *,
        based_in: Iterable[str] = (),
        aims: Iterable[str] = (),
        opposes: Iterable[str] = (),
    ) -> set[str]:
        """Ids of the actors whose attributes meet every condition given: for each of
        `based_in`, `aims`, `opposes`, a value shared with the list (an empty list asks nothing)."""
        wanted = {"based_in": set(based_in), "aims": set(aims), "opposes": set(opposes)}
        return {
            actor_id
            for actor_id, attrs in self._attributes.items()
            if all(not want or want & set(getattr(attrs, name)) for name, want in wanted.items())
        }

    def country_of(self, actor_id: str) -> str | None:
        actor = self._actors.get(actor_id)
        return actor.country if actor else None


def _str_list(value: Any, where: str, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(f"{where}: field '{name}' must be a list of strings")
    return list(value)


def data_paths() -> list[Path]:
    """The files the curated knowledge base is read from: the bundled countries and actors, then
    any `*.yaml`/`*.yml` in the directory named by WATCHFLOOR_KB_DIR."""
    paths = [COUNTRIES_FILE, ACTORS_FILE]
    extra_dir = os.environ.get("WATCHFLOOR_KB_DIR")
    if extra_dir:
        paths += sorted(Path(extra_dir).glob("*.yaml")) + sorted(Path(extra_dir).glob("*.yml"))
    return paths


def _stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """What identifies one state of the data files: each path with its mtime and size (a missing
    file stamps as -1, so that its reappearance is seen)."""
    stamped = []
    for path in paths:
        try:
            info = path.stat()
            stamped.append((str(path), info.st_mtime_ns, info.st_size))
        except OSError:
            stamped.append((str(path), -1, -1))
    return tuple(stamped)


_checked_lock = threading.Lock()
_checked: tuple[tuple[tuple[str, int, int], ...], KnowledgeBase] | None = None


def load_checked() -> KnowledgeBase:
    """The curated knowledge base as the pipeline loads it (WATCHFLOOR_KB_DIR included), for
    readers: exports, the ledger and the API share one copy, read again only when a data file
    changes, so a long-lived server sees the analysts' edits without re-reading YAML per request.
    Callers must not add to it. A broken data file becomes the one-line user error W005, so every
    caller reports it the same way instead of with a traceback."""
    from watchfloor.errors import UserError

    global _checked
    paths = data_paths()
    with _checked_lock:
        stamp = _stamp(paths)
        if _checked is not None and _checked[0] == stamp:
            return _checked[1]
        try:
            kb = KnowledgeBase.load(paths)
        except KnowledgeBaseError as exc:
            raise UserError("W005", str(exc)) from exc
        _checked = (stamp, kb)
        return kb
