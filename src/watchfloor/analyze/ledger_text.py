"""A claims ledger as plain text: how an analyst would summarise it, with its sources."""

from __future__ import annotations

from typing import Any


def _who(speaker: dict[str, Any]) -> str:
    return speaker.get("name") or speaker.get("text") or "unattributed"


def render_ledger_text(data: dict[str, Any], *, max_quotes: int = 3) -> str:
    prop = data["proposition"]
    lines = [f"Proposition: {prop['text']}  [{prop['id']}]"]
    n_for, n_against = len(prop["claims_for"]), len(prop["claims_against"])
    span = f"{prop['first_seen'] or '?'} to {prop['last_seen'] or '?'}"
    lines.append(
        f"{n_for} claims for, {n_against} against, from {len(data['speakers'])} speakers, {span}."
    )
    asserting = [s for s in data["speakers"] if s["position"] in ("asserts", "mixed")]
    denying = [s for s in data["speakers"] if s["position"] in ("denies", "mixed")]
    if asserting:
        lines.append(
            "Asserted by: "
            + "; ".join(
                f"{_who(s['speaker'])} ({s['for']}×, {s['hedged']} hedged)" for s in asserting
            )
        )
    if denying:
        lines.append(
            "Denied by: " + "; ".join(f"{_who(s['speaker'])} ({s['against']}×)" for s in denying)
        )
    if data["timeline"]:
        lines.append(
            "By month: "
            + ", ".join(f"{t['month']} +{t['for']}/−{t['against']}" for t in data["timeline"])
        )
    lines.append("")
    lines.append("Quotes:")
    for claim in data["claims"][: max_quotes * 4]:
        marker = (
            "+" if claim["polarity"] == "for" else "−" if claim["polarity"] == "against" else "?"
        )
        hedge = " (hedged)" if claim["hedged"] else ""
        lines.append(
            f"  {marker} {(claim.get('published') or '')[:10]} {_who(claim['speaker'])} {claim['cue']}: "
            f"“{claim['content']}”{hedge} — {claim.get('source') or 'unknown source'}, doc {claim['doc_id']}"
        )
    if data["events"]:
        lines.append("")
        lines.append("Events bearing on it:")
        for ev in data["events"][:15]:
            place = (ev.get("place") or {}).get("name") or "?"
            killed = f", {ev['fatalities']} killed" if ev.get("fatalities") else ""
            actor = (
                (ev.get("actor") or {}).get("name") or (ev.get("actor") or {}).get("text") or "?"
            )
            lines.append(
                f"  [{ev['supports']}] {ev.get('date') or '?'} {ev['type']} by {actor} in {place}{killed} "
                f"— doc {ev['doc_id']}: {ev['sentence'][:120]}"
            )
    return "\n".join(lines)
