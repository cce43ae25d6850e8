"""The analyst's briefing: a period's events, casualties, new actors, claims and commitments.

`build_briefing(session, since=..., until=...)` gathers plain data through the store's query
layer; `render(data, "md" | "html")` lays it out with the templates next to this module. One
incident reported by several outlets (events sharing an `incident` id) is counted once, with
the highest casualty figure reported and every source listed. The HTML is self-contained: the
map and the timeline are matplotlib PNGs inlined as data URIs (the map's country outlines come
from the dashboard's vendored world-atlas file, decoded by `geo`, so no network is needed), and
every piece of text that comes from a document is escaped.
"""

from __future__ import annotations

import base64
import io
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from watchfloor.errors import UserError
from watchfloor.store import queries
from watchfloor.store.queries import ALL, Filters

if TYPE_CHECKING:
    import numpy as np

TEMPLATES = Path(__file__).parent / "templates"
HAPPENED = ("asserted", "alleged", "historical")
UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}
TOP_INCIDENTS = 12


# ---------------------------------------------------------------- period


def resolve_period(
    session: Session, since: str | None, until: str | None, *, today: date | None = None
) -> dict[str, Any]:
    """The briefing window. A relative period ("7d") ends today, unless the newest document is
    older than the window: then it ends on the newest document's date (an archive or the demo
    corpus still gets a useful briefing) and the note says so."""
    today = today or date.today()
    _, newest = queries.document_date_range(session)
    since = (since or "7d").strip()
    end = _parse_date(until) if until else None
    note = None
    match = re.fullmatch(r"(\d+)([dwmy])", since.lower())
    if match:
        days = int(match.group(1)) * UNITS[match.group(2)]
        if end is None:
            end = today
            if newest is not None and newest < today - timedelta(days=days):
                end = newest
                note = f"the newest document is dated {newest}; the {since} period ends there"
        start = end - timedelta(days=days - 1) if days > 0 else end
    else:
        start = _parse_date(since)
        end = end or max(today, newest or today)
    if start > end:
        raise UserError("W009", f"the period starts ({start}) after it ends ({end})")
    return {"start": start, "end": end, "label": since, "note": note}


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise UserError(
            "W009", f"not a date or period: {value!r} (use 2025-03-01, 7d, 4w, 6m or 1y)"
        ) from exc


# ---------------------------------------------------------------- gathering


def _who(obj: dict[str, Any] | None) -> str | None:
    if not obj:
        return None
    return obj.get("name") or obj.get("text")


def _source(doc: dict[str, Any] | None, doc_id: int) -> dict[str, Any]:
    doc = doc or {}
    return {
        "doc_id": doc_id,
        "title": doc.get("title") or doc.get("external_id") or f"document {doc_id}",
        "outlet": doc.get("source"),
        "date": (doc.get("published") or "")[:10] or None,
        "url": doc.get("url"),
    }


def _parties(members: list[dict[str, Any]], lead: dict[str, Any]) -> str:
    actor = next(
        (e["actor"] for e in members if (e.get("actor") or {}).get("id")), lead.get("actor")
    )
    recipient = next(
        (e["recipient"] for e in members if (e.get("recipient") or {}).get("id")),
        lead.get("recipient"),
    )
    if not actor and not recipient:
        return ""
    return f"{_who(actor) or 'unknown'} → {_who(recipient) or 'unknown'}."


def _incidents(
    events: list[dict[str, Any]], docs: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        groups[e.get("incident") or e["id"]].append(e)
    out = []
    for key, members in groups.items():
        members.sort(key=lambda e: (-(e.get("confidence") or 0), e["id"]))
        lead = members[0]
        fatalities = [e["fatalities"] for e in members if e.get("fatalities") is not None]
        injured = [e["injured"] for e in members if e.get("injured") is not None]
        places = [e["place"] for e in members if e.get("place")]
        doc_ids = sorted({e["doc_id"] for e in members})
        out.append(
            {
                "id": key,
                "type": lead["type"],
                "mode": lead.get("mode"),
                "date": min(
                    (e.get("date") or (e.get("published") or "")[:10] for e in members),
                    default=None,
                )
                or None,
                "actor": _who(
                    next(
                        (e["actor"] for e in members if (e.get("actor") or {}).get("id")),
                        lead.get("actor"),
                    )
                ),
                "recipient": _who(
                    next(
                        (e["recipient"] for e in members if (e.get("recipient") or {}).get("id")),
                        lead.get("recipient"),
                    )
                ),
                "place": places[0] if places else None,
                # outlets disagree on tolls; the briefing reports the highest and shows the spread
                "fatalities": max(fatalities) if fatalities else None,
                "fatalities_low": min(fatalities) if fatalities else None,
                "injured": max(injured) if injured else None,
                "factuality": "asserted"
                if any(e["factuality"] == "asserted" for e in members)
                else lead["factuality"],
                "sentence": lead.get("sentence"),
                "parties": _parties(members, lead),
                "mentions": len(members),
                "sources": [_source(docs.get(d), d) for d in doc_ids],
            }
        )
    out.sort(
        key=lambda i: (
            -(i["fatalities"] or 0),
            i["type"] != "ASSAULT",
            -(i["injured"] or 0),
            -len(i["sources"]),
            i["date"] or "",
            i["id"],
        )
    )
    return out


def _by(incidents: list[dict[str, Any]], key: Any) -> list[dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for inc in incidents:
        name = key(inc)
        row = table.setdefault(name, {"name": name, "incidents": 0, "fatalities": 0, "injured": 0})
        row["incidents"] += 1
        row["fatalities"] += inc["fatalities"] or 0
        row["injured"] += inc["injured"] or 0
    return sorted(table.values(), key=lambda r: (-r["fatalities"], -r["incidents"], r["name"]))


def _ledger_shifts(
    session: Session, claims: list[dict[str, Any]], start: date, docs: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    from watchfloor.analyze.ledger import admiralty_code, board_summaries

    by_prop: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c.get("proposition") and c.get("polarity") in ("for", "against"):
            by_prop[c["proposition"]["id"]].append(c)
    known = {prop_id: queries.get_proposition(session, prop_id) for prop_id in by_prop}
    # a proposition merged away since its claims were stored has no ledger, hence no lead
    cards = board_summaries(session, [p for p in known.values() if p is not None])
    out: list[dict[str, Any]] = []
    for prop_id, items in by_prop.items():
        summary = known[prop_id] or {"text": items[0]["proposition"].get("text")}
        before = Filters(proposition=prop_id, until=start - timedelta(days=1), limit=ALL)
        # each speaker's side before the period is their latest claim's, in publication order
        earlier = {
            (c["speaker"] or {}).get("id"): c["polarity"]
            for c in sorted(
                queries.iter_claims(session, before),
                key=lambda c: (c.get("published") or "", c["id"]),
            )
            if c["polarity"] in ("for", "against")
        }
        lines = []
        for c in sorted(items, key=lambda c: (c.get("published") or "", c["id"])):
            speaker = c["speaker"] or {}
            previous = earlier.get(speaker.get("id")) if speaker.get("id") else None
            lines.append(
                {
                    "speaker": _who(speaker) or "unattributed",
                    "polarity": c["polarity"],
                    "cue": c["cue"],
                    "content": c["content"],
                    "sentence": c["sentence"],
                    "hedged": c["hedged"],
                    "shift": previous is not None and previous != c["polarity"],
                    "admiralty": admiralty_code(c),
                    "source": _source(docs.get(c["doc_id"]), c["doc_id"]),
                }
            )
        out.append(
            {
                "id": prop_id,
                "text": summary.get("text") or prop_id,
                "lead": cards[prop_id]["lead"] if prop_id in cards else None,
                "asserted": sum(1 for c in items if c["polarity"] == "for"),
                "denied": sum(1 for c in items if c["polarity"] == "against"),
                "claims": lines,
            }
        )
    out.sort(key=lambda p: -(p["asserted"] + p["denied"]))
    return out


def _commitments(
    session: Session, start: date, end: date, docs: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    from watchfloor.analyze.commitment_ledger import record_statement
    from watchfloor.export.commitments import commitments_from_mentions

    mentions = queries.list_commitment_mentions(session, Filters(until=end, limit=ALL))
    sentences = {r["id"]: r["sentence"] for r in mentions}
    out = []
    for cm in commitments_from_mentions(session, mentions):
        recent = [
            h
            for h in cm["history"]
            if h.get("date") and start.isoformat() <= h["date"] <= end.isoformat()
        ]
        if not recent:
            continue
        doc_id = cm["source"]["doc_id"]
        if doc_id not in docs:
            docs.update(queries.documents_by_id(session, {doc_id}))
        out.append(
            {
                "actor": _who(cm["actor"]) or "unattributed",
                "beneficiary": _who(cm["beneficiary"]),
                "content": cm["content"],
                "statement": record_statement(cm, sentences),
                "status": cm["status"],
                "history": cm["history"],
                "changed_in_period": [h["status"] for h in recent],
                # for a demand the extractor's beneficiary is the one demanding
                "demand_only": all(h["status"] == "demanded" for h in cm["history"]),
                "source": _source(docs.get(doc_id), doc_id),
            }
        )
    return out


def build_briefing(
    session: Session,
    *,
    since: str | None = "7d",
    until: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    period = resolve_period(session, since, until, today=today)
    start, end = period["start"], period["end"]
    f = Filters(since=start, until=end, limit=ALL)
    events = list(queries.iter_events(session, f))
    claims = list(queries.iter_claims(session, f))
    docs = queries.documents_by_id(
        session, {e["doc_id"] for e in events} | {c["doc_id"] for c in claims}
    )
    happened = [e for e in events if e["factuality"] in HAPPENED]
    incidents = _incidents(happened, docs)
    first_seen = queries.actors_first_seen(session)
    new_ids: set[str | None] = {a for a, d in first_seen.items() if start <= d <= end}
    new_actors = sorted(
        queries.actors_by_id(session, new_ids).values(),
        key=lambda a: (str(first_seen[a["id"]]), a["name"]),
    )
    for actor in new_actors:
        actor["first_seen"] = first_seen[actor["id"]].isoformat()
    violent = [i for i in incidents if i["type"] == "ASSAULT"]
    return {
        "period": period,
        "headline": {
            "documents": queries.count_documents(session, f),
            "events": len(events),
            "incidents": len(incidents),
            "violent_incidents": len(violent),
            "fatalities": sum(i["fatalities"] or 0 for i in incidents),
            "injured": sum(i["injured"] or 0 for i in incidents),
            "claims": len(claims),
            "new_actors": len(new_actors),
            "not_happened": len(events) - len(happened),
        },
        "incidents": incidents[:TOP_INCIDENTS],
        "all_incidents": incidents,
        "by_type": _by(incidents, lambda i: i["type"]),
        "by_place": _by(incidents, lambda i: (i["place"] or {}).get("name") or "unknown place"),
        "types": dict(Counter(e["type"] for e in events)),
        "new_actors": new_actors,
        "ledger": _ledger_shifts(session, claims, start, docs),
        "commitments": _commitments(session, start, end, docs),
    }


# ---------------------------------------------------------------- charts


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


# One colour per PLOVER type, the same as the dashboard's legend (web/static/js/colors.js,
# TYPE_COLORS; tests/unit/test_geo.py checks the two agree).
TYPE_COLORS = {
    "AGREE": "#1b7a8c",
    "CONSULT": "#3a8fd6",
    "SUPPORT": "#2b9d6b",
    "CONCEDE": "#7bc4a4",
    "COOPERATE": "#1f5fa8",
    "AID": "#56b870",
    "RETREAT": "#9fb6c9",
    "REQUEST": "#d9b43c",
    "ACCUSE": "#e38b2c",
    "REJECT": "#c96f1d",
    "THREATEN": "#d1542b",
    "PROTEST": "#b98a4d",
    "SANCTION": "#8e5aa8",
    "MOBILIZE": "#a9446d",
    "COERCE": "#7a3b8f",
    "ASSAULT": "#c0262d",
}
OTHER_COLOR = "#777777"
LAND, LAND_NAMED, BORDER, SEA = "#e4e7eb", "#d3d9e0", "#9aa4af", "#f5f8fb"
MAP_ASPECT = 1.55  # width / height of the framed view, in projected units
MIN_SPAN = 6.0  # degrees of latitude: a single town still shows its surroundings
PLACE_LABELS = 8  # the places with most fatalities (then incidents) get their name written


def type_color(kind: str) -> str:
    return TYPE_COLORS.get(kind, OTHER_COLOR)


def marker_size(fatalities: int | None) -> float:
    """Scatter area in points² for a circle whose radius grows like the dashboard's."""
    radius = 3.0 + min(9.0, (fatalities or 0) ** 0.5 * 1.5)
    return (2 * radius) ** 2


def map_view(lons: list[float], lats: list[float]) -> tuple[float, float, float, float]:
    """The events' bounding box with a margin, widened to a minimum size and to the figure's
    shape (on an equirectangular map scaled by cos(latitude)), kept on the globe. Events on both
    sides of the antimeridian (Fiji and Samoa) are framed across it, with longitudes past 180°E,
    when that is the narrower view and spans less than half the globe."""
    import math

    east = [x + 360 if x < 0 else x for x in lons]
    across = max(east) - min(east) < min(180, max(lons) - min(lons))
    lons = east if across else lons
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    pad = max(1.5, 0.15 * max(x1 - x0, y1 - y0))
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    k = max(0.2, math.cos(math.radians(cy)))  # projected width of one degree of longitude
    height = max(y1 - y0, MIN_SPAN, (x1 - x0) * k / MAP_ASPECT)
    width = height * MAP_ASPECT / k
    height, width = min(height, 170.0), min(width, 360.0)
    cy = min(max(cy, -85 + height / 2), 85 - height / 2)
    if width >= 360 or not across:
        cx = min(max(cx, -180 + width / 2), 180 - width / 2)
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _country_paths(shown: list[Any], view: tuple[float, float, float, float]) -> list[Any]:
    from matplotlib.path import Path as MplPath

    paths = []
    for country in shown:
        verts: list[tuple[float, float]] = []
        codes: list[np.uint8] = []  # Path.code_type
        for poly in country.polygons_in(view):
            for r in poly:  # holes (Lesotho in South Africa) wind the other way: nonzero fill
                verts.extend(r)
                verts.append(r[0])
                codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 1))
                codes.append(MplPath.CLOSEPOLY)
        paths.append(MplPath(verts, codes))
    return paths


class _Labels:
    """Writes labels that do not overlap one already written (first come, first served), and,
    when asked, that keep clear of the event circles."""

    def __init__(self, fig: Any, ax: Any) -> None:
        ax.apply_aspect()  # data → pixels is only final once the aspect is applied
        self.renderer = fig.canvas.get_renderer()
        self.ax = ax
        self.px_per_pt = fig.dpi / 72
        self.taken: list[Any] = []
        self.circles: list[Any] = []

    def circle(self, lon: float, lat: float, size: float) -> None:
        from matplotlib.transforms import Bbox

        x, y = self.ax.transData.transform((lon, lat))
        r = size**0.5 / 2 * self.px_per_pt
        self.circles.append(Bbox([[x - r, y - r], [x + r, y + r]]))

    def add(self, text: Any, *, clear_of_circles: bool = False) -> bool:
        box = text.get_window_extent(self.renderer).expanded(1.05, 1.15)
        others = self.taken + (self.circles if clear_of_circles else [])
        if any(box.overlaps(other) for other in others):
            text.remove()
            return False
        self.taken.append(box)
        return True


def _map(data: dict[str, Any]) -> str | None:
    import math

    import matplotlib.pyplot as plt
    from matplotlib import patheffects
    from matplotlib.collections import PathCollection
    from matplotlib.lines import Line2D

    from watchfloor.analyze import geo

    located = [i for i in data["all_incidents"] if i["place"] and i["place"].get("lat") is not None]
    if not located:
        return None
    view = map_view([i["place"]["lon"] for i in located], [i["place"]["lat"] for i in located])
    x0, y0, x1, y1 = view
    fig, ax = plt.subplots(figsize=(7.2, 4.6))
    ax.set_facecolor(SEA)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((y0 + y1) / 2))))
    named = {i["place"].get("country") for i in located} - {None}
    try:
        shown = geo.countries_in(view)
    except (OSError, ValueError):  # the atlas is missing or unreadable: events on a bare grid
        shown = []
    ax.add_collection(
        PathCollection(
            _country_paths(shown, view),
            facecolors=[LAND_NAMED if c.iso3 in named else LAND for c in shown],
            edgecolors=BORDER,
            linewidths=0.45,
            zorder=1,
        ),
        autolim=False,
    )
    # the largest circles first, so small ones on the same spot stay visible on top
    ordered = sorted(located, key=lambda i: -(i["fatalities"] or 0))

    def lon_of(i: dict[str, Any]) -> float:  # in the view's longitudes (past 180°E if need be)
        lon = i["place"]["lon"]
        return lon + 360 if lon < x0 else lon

    ax.scatter(
        [lon_of(i) for i in ordered],
        [i["place"]["lat"] for i in ordered],
        s=[marker_size(i["fatalities"]) for i in ordered],
        c=[type_color(i["type"]) for i in ordered],
        alpha=0.8,
        edgecolors="white",
        linewidths=0.8,
        zorder=3,
    )
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    labels = _Labels(fig, ax)
    for i in ordered:
        labels.circle(lon_of(i), i["place"]["lat"], marker_size(i["fatalities"]))
    # places first (the busiest), then the ISO3 codes of the countries the events name
    places: dict[tuple[str, float, float], list[int]] = {}
    for i in located:
        if str(i["place"].get("id", "")).startswith("country:"):
            continue  # the country's code is written anyway
        row = places.setdefault((i["place"]["name"], lon_of(i), i["place"]["lat"]), [0, 0])
        row[0] = max(row[0], i["fatalities"] or 0)
        row[1] += 1
    written = 0
    for (name, lon, lat), (worst, _) in sorted(
        places.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0][0])
    ):
        r = marker_size(worst) ** 0.5 / 2  # clear of the place's largest circle
        text = ax.annotate(
            name,
            (lon, lat),
            xytext=(0.75 * r + 2, 0.4 * r + 1),
            textcoords="offset points",
            fontsize=7,
            color="#1b1b1b",
            zorder=5,
            path_effects=halo,
        )
        written += labels.add(text)
        if written >= PLACE_LABELS:
            break
    # near the centroid: on it if free, else just above, below or beside it
    tries = [(0, 0), (0, -12), (0, 12), (-22, 0), (22, 0), (0, -24), (0, 24)]
    labelled: set[str] = set()
    for country in sorted(shown, key=lambda c: (c.iso3 or "", -c.main_area())):
        if country.iso3 is None or country.iso3 not in named or country.iso3 in labelled:
            continue  # one label per code (Australia and its reef islands share one)
        labelled.add(country.iso3)
        lon, lat = country.label_point()
        lon = lon + 360 if lon < x0 else lon
        if not (x0 < lon < x1 and y0 < lat < y1):
            continue
        for dx, dy in tries:
            text = ax.annotate(
                country.iso3,
                (lon, lat),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=8,
                color="#56616d",
                fontweight="bold",
                ha="center",
                va="center",
                zorder=4,
                path_effects=halo,
                annotation_clip=False,
            )
            if labels.add(text, clear_of_circles=True):
                break
    ax.tick_params(labelsize=7, length=2, colors="#6a7683")

    def east_west(v: float, _: Any) -> str:
        v = (v + 180) % 360 - 180 if abs(v) > 180 else v
        return f"{abs(v):g}°{'E' if v >= 0 else 'W'}"

    ax.xaxis.set_major_formatter(east_west)
    ax.yaxis.set_major_formatter(lambda v, _: f"{abs(v):g}°{'N' if v >= 0 else 'S'}")
    for spine in ax.spines.values():
        spine.set_color("#b8c0c8")

    def dot(label: str, color: str, size: float) -> Any:
        return Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=size,
            label=label,
            markerfacecolor=color,
            markeredgecolor="white",
            alpha=0.8,
        )

    types = sorted({i["type"] for i in located}, key=lambda t: (t not in TYPE_COLORS, t))
    handles = [dot(t, type_color(t), 7) for t in types]
    worst = max((i["fatalities"] or 0) for i in located)
    steps = [n for n in (1, 5, 10, 25, 50, 100) if n <= max(worst, 1)]
    if len(steps) > 3:
        steps = [steps[0], steps[len(steps) // 2], steps[-1]]
    sizes = [dot(f"{n} killed", "#9aa4af", marker_size(n) ** 0.5) for n in steps]
    ax.legend(
        handles=handles,
        fontsize=7,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        title="event type",
        title_fontsize=7.5,
        handletextpad=0.4,
        labelspacing=0.55,
        borderaxespad=0.0,
        alignment="left",
    )
    fig.legend(  # a second legend: on the figure, where the axes would clip it
        handles=sizes,
        bbox_transform=ax.transAxes,
        fontsize=7,
        loc="upper right",
        bbox_to_anchor=(1.0, -0.07),
        ncol=len(sizes),
        frameon=False,
        handlelength=2.8,
        handletextpad=0.3,
        columnspacing=1.2,
        borderaxespad=0.0,
    )
    ax.text(
        0.995,
        0.005,
        "Boundaries: Natural Earth (world-atlas)",
        transform=ax.transAxes,
        fontsize=5.5,
        color="#8a949e",
        ha="right",
        va="bottom",
        zorder=6,
        path_effects=halo,
    )
    ax.set_title(f"Incidents with a known place ({len(located)})", fontsize=10)
    out = _png(fig)
    plt.close(fig)
    return out


def charts(data: dict[str, Any]) -> dict[str, str | None]:
    """The map and the timeline as PNG data URIs (None when there is nothing to draw)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    out: dict[str, str | None] = {"map": _map(data), "timeline": None}
    # a per-day chart cannot place an incident known only to the month or year
    dated = [i for i in data["all_incidents"] if len(i["date"] or "") >= 10]
    if dated:
        # a real date axis, so quiet days show as gaps rather than vanishing
        days = sorted({date.fromisoformat(i["date"][:10]) for i in dated})
        types = sorted({i["type"] for i in dated})
        fig, ax = plt.subplots(figsize=(7.0, 2.8))
        bottom = [0] * len(days)
        for t in types:
            counts = [
                sum(1 for i in dated if i["date"][:10] == d.isoformat() and i["type"] == t)
                for d in days
            ]
            # matplotlib's stubs omit unit-converted x values such as dates
            ax.bar(days, counts, bottom=bottom, label=t, width=0.8, color=type_color(t))  # type: ignore[arg-type]
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        fig.autofmt_xdate()
        ax.set_ylabel("incidents")
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        ax.set_title("Incidents per day by type", fontsize=10)
        out["timeline"] = _png(fig)
        plt.close(fig)
    return out


# ---------------------------------------------------------------- rendering

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def md_escape(value: Any) -> str:
    """Document text shown literally in Markdown: no links, emphasis or raw HTML from a source."""
    if value is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _environment(fmt: str) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=(fmt == "html"),
        trim_blocks=True,
        lstrip_blocks=(fmt == "html"),
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = md_escape
    env.filters["plural"] = lambda word, n: word if n == 1 else word + "s"
    env.filters["num"] = lambda v: "—" if v is None else f"{v:,}"
    return env


def render(data: dict[str, Any], fmt: str = "md") -> str:
    if fmt not in ("md", "html"):
        raise UserError("W004", f"unknown briefing format {fmt!r}; valid formats: md, html")
    env = _environment(fmt)
    extra = charts(data) if fmt == "html" else {}
    return env.get_template(f"briefing.{fmt}.j2").render(b=data, charts=extra)
