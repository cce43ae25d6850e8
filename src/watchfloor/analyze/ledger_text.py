"""A claims ledger as plain text: how an analyst would summarise it, with its sources.

The lead paragraph comes first (the state of the dispute, who spoke last on each side, what the
events bear out), then each side with its speakers and its strongest quotes, graded, then the
incidents that bear on it. Every quote and incident names its outlet, date and document.
"""

from __future__ import annotations

import textwrap
from typing import Any

from watchfloor.analyze.commitment_ledger import one_line
from watchfloor.analyze.ledger import display_name, sides_speakers

# How an event's actor relates to its recipient, by PLOVER type: hostile acts are "against"
# someone, the rest are done "with" or "to" them.
RECIPIENT_WORD = {
    "ASSAULT": "against",
    "COERCE": "against",
    "THREATEN": "against",
    "SANCTION": "against",
    "ACCUSE": "against",
    "PROTEST": "against",
    "MOBILIZE": "against",
    "REJECT": "to",
    "REQUEST": "to",
    "AID": "to",
    "SUPPORT": "to",
    "CONCEDE": "to",
    "RETREAT": "before",
}
SIDE_VERB = {"for": "asserts", "against": "denies"}
SIDE_PAST = {"for": "asserted", "against": "denied"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _clip(text: str, limit: int) -> str:
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _incident_line(inc: dict[str, Any]) -> str:
    kind = inc["type"] + (f"/{inc['mode']}" if inc.get("mode") else "")
    actor = display_name(inc.get("actor")) if inc.get("actor") else "unknown actor"
    word = RECIPIENT_WORD.get(inc["type"], "with")
    target = f" {word} {display_name(inc['recipient'])}" if inc.get("recipient") else ""
    place = (inc.get("place") or {}).get("name")
    where = f" in {place}" if place else ""
    toll = f", {inc['fatalities']} killed" if inc.get("fatalities") else ""
    alleged = f" ({inc['factuality']})" if inc.get("factuality") not in (None, "asserted") else ""
    return f"{inc.get('date') or 'undated'} {kind} by {actor}{target}{where}{toll}{alleged}"


def lead_paragraph(data: dict[str, Any]) -> str:
    """Two or three sentences on the state of the dispute, from the ledger's summary."""
    s = data["summary"]
    for_, against = s["for"], s["against"]
    parts: list[str] = []
    span = ""
    if s["first_seen"]:
        span = f" between {s['first_seen']} and {s['last_seen']}"
    sides = []
    for side, verb in (("for", "Asserted"), ("against", "denied")):
        info = s[side]
        if info["reports"]:
            hedged = f" ({info['hedged']} hedged)" if info["hedged"] else ""
            sides.append(
                f"{verb} in {_plural(info['reports'], 'report')}{hedged} by "
                f"{_plural(len(info['speakers']), 'speaker')} ({_names(info['speakers'])})"
            )
    if sides:
        text = "; ".join(sides)
        parts.append(f"{s['state'].capitalize()}. {text[0].upper()}{text[1:]}{span}.")
    else:
        parts.append("No attributed claim takes a side on this proposition yet.")
    latest = [
        (info["latest"], side)
        for side, info in (("for", for_), ("against", against))
        if info["latest"]
    ]
    latest.sort(key=lambda pair: pair[0]["date"] or "", reverse=True)
    if latest:
        said = [
            f"{q['speaker']} {SIDE_PAST[side]} it ({q['date'] or 'undated'}, "
            f"{q['source'] or 'unknown outlet'}{', hedged' if q['hedged'] else ''})"
            for q, side in latest
        ]
        parts.append("Most recently " + "; before that ".join(said) + ".")
    if s["mixed_speakers"]:
        mixed = [
            f"{m['speaker']} (latest {SIDE_VERB.get(m['latest'] or '', 'unclear')})"
            for m in s["mixed_speakers"][:3]
        ]
        parts.append("On both sides over time: " + ", ".join(mixed) + ".")
    n_in = s["incidents_for"] + s["incidents_against"]
    if n_in:
        they = "it" if n_in == 1 else "they"
        favoured = {"for": "asserting", "against": "denying"}.get(s["events_corroborate"] or "")
        weigh = (
            f"by the evidence rules {they} favour{'s' if n_in == 1 else ''} the {favoured} side"
            if favoured
            else "they point both ways"
        )
        last = s["latest_incident"]
        killed = s["fatalities_in_incidents"]
        toll = f"; {killed} killed in all, by the highest toll reported for each" if killed else ""
        parts.append(
            f"{_plural(n_in, 'incident')} {'bears' if n_in == 1 else 'bear'} on it "
            f"({s['incidents_for']} for, {s['incidents_against']} against{toll}): "
            f"{weigh}; the latest, {_incident_line(last)}."
        )
    else:
        parts.append("No extracted event bears on it.")
    return " ".join(parts)


def _wrap(lines: list[str], width: int | None) -> str:
    """Lines folded to `width` with a hanging indent, so a long quote stays under its bullet."""
    if not width:
        return "\n".join(lines)
    out = []
    for line in lines:
        indent = line[: len(line) - len(line.lstrip(" "))]
        out.append(
            textwrap.fill(
                line,
                width=max(width, 40),
                subsequent_indent=indent + "    " if indent else "",
                break_long_words=False,
                break_on_hyphens=False,
            )
            if line
            else ""
        )
    return "\n".join(out)


def render_ledger_text(
    data: dict[str, Any],
    *,
    max_speakers: int = 8,
    max_incidents: int = 15,
    width: int | None = None,
) -> str:
    """The ledger as text; `width` folds long lines for a terminal of that many columns."""
    prop = data["proposition"]
    s = data["summary"]
    lines = [f"Proposition: {prop['text']}  [{prop['id']}]", ""]
    lines.append(data.get("lead") or lead_paragraph(data))
    for side, title in (("for", "Asserted by"), ("against", "Denied by")):
        on_side = sides_speakers(data["speakers"], side)
        if not on_side:
            continue
        info = s[side]
        lines.append("")
        lines.append(
            f"{title} ({_plural(info['reports'], 'report')}, {_plural(info['claims'], 'mention')}):"
        )
        for sp in on_side[:max_speakers]:
            reports = sp[f"reports_{side}"]
            copies = f" in {_plural(reports, 'report')}" if reports != sp[side] else ""
            mixed = (
                f"; also {SIDE_VERB['against' if side == 'for' else 'for']} it, "
                f"latest {SIDE_VERB.get(sp['latest'] or '', '?')} {sp['latest_date'] or ''}".rstrip()
                if sp["position"] == "mixed"
                else ""
            )
            first, last = sp.get("seen", {}).get(side) or (sp["first_seen"], sp["last_seen"])
            seen = first if first == last else f"{first or '?'} to {last or '?'}"
            hedged = sp.get("hedged_by_side", {}).get(side)
            hedges = f" ({hedged} hedged)" if hedged else ""
            lines.append(
                f"  {display_name(sp['speaker'])}: {sp[side]}×{copies}{hedges}, {seen or 'undated'}{mixed}"
            )
        if len(on_side) > max_speakers:
            rest = on_side[max_speakers:]
            lines.append(
                f"  … and {len(rest)} more: {_names([display_name(r['speaker']) for r in rest])}"
            )
        quotes = data.get("quotes", {}).get(side) or []
        if quotes:
            lines.append("  Strongest quotes:")
        for q in quotes:
            hedge = " (hedged)" if q["hedged"] else ""
            lines.append(
                f"    {display_name(q['speaker'])} {q['cue']}: “{_clip(q['quote'], 220)}”{hedge} — "
                f"{q['source'] or 'unknown outlet'}, {q['date'] or 'undated'}, "
                f"graded {q['admiralty']}, doc {q['doc_id']}"
            )
    unclear = [sp for sp in data["speakers"] if sp["position"] == "unclear"]
    if unclear:
        lines.append("")
        lines.append(
            "Also on it, side not determined: "
            + "; ".join(
                f"{display_name(sp['speaker'])} ({sp['hedged'] + sp['firm']}×)"
                for sp in unclear[:6]
            )
        )
    if data["timeline"]:
        lines.append("")
        lines.append(
            "By month (for/against): "
            + ", ".join(f"{t['month']} {t['for']}/{t['against']}" for t in data["timeline"])
        )
    incidents = data.get("incidents") or []
    if incidents:
        lines.append("")
        lines.append(
            f"Incidents bearing on it ({len(incidents)}, from "
            f"{_plural(len(data['events']), 'report')}):"
        )
        for inc in incidents[-max_incidents:]:
            docs = ", ".join(str(d) for d in inc["doc_ids"])
            outlets = "; ".join(inc["sources"]) or "unknown outlet"
            lines.append(
                f"  [{inc['supports']}] {_incident_line(inc)} — {outlets}, doc {docs}: "
                f"“{_clip(inc['sentence'], 140)}”"
            )
        if len(incidents) > max_incidents:
            lines.append(f"  (the {len(incidents) - max_incidents} earlier ones: --json)")
    lines.append("")
    lines.append(
        "Grades: source reliability A–F (F = not yet judged; set with `watchfloor sources`), "
        "information credibility 1–6 (1 = confirmed by independent sources)."
    )
    return _wrap(lines, width)
