// The document list and the document viewer: the stored text with every extracted actor,
// place, event and claim highlighted; each highlight opens its record.
import { api } from "../api.js";
import { HIGHLIGHT_KINDS } from "../colors.js";
import { actorName, clear, empty, fmtDate, h } from "../dom.js";
import { link, pick } from "../state.js";
import { actorLink, factChip, typeChip } from "./common.js";

async function renderList(container, route, alive) {
  const params = { ...pick(route.filters, ["q", "since", "until"]), limit: 200, with_text: false };
  const page = await api("documents", params);
  if (!alive()) return;
  const rows = page.items.map((d) => h("tr", null,
    h("td", null, fmtDate(d.published)),
    h("td", null, h("a", { href: link("document", String(d.id)), class: "doc-title" }, d.title || d.external_id),
      d.duplicate_of ? h("span", { class: "chip", title: "near-duplicate of another stored story" }, "copy") : null),
    h("td", null, d.source || "—"),
    h("td", { class: "muted" }, d.external_id)));
  container.append(h("section", { class: "panel" },
    h("div", { class: "panel-head" }, h("h2", null, `${page.total} documents`),
      h("span", { class: "muted" }, "search, since and until apply here")),
    page.items.length
      ? h("table", { class: "table docs" },
        h("thead", null, h("tr", null, ["Published", "Title", "Source", "Id"].map((t) => h("th", null, t)))),
        h("tbody", null, rows))
      : empty("No documents match these filters.")));
}

// Cut the text at every highlight boundary; each piece knows which highlights cover it.
function segments(text, highlights) {
  const cuts = new Set([0, text.length]);
  const spans = highlights
    .map((hl, i) => ({ ...hl, i, start: Math.max(0, Math.min(text.length, hl.span[0])), end: Math.max(0, Math.min(text.length, hl.span[1])) }))
    .filter((hl) => hl.end > hl.start);
  for (const hl of spans) { cuts.add(hl.start); cuts.add(hl.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k];
    const z = points[k + 1];
    out.push({ start: a, end: z, covering: spans.filter((hl) => hl.start <= a && hl.end >= z) });
  }
  return out;
}

function recordDetails(hl, doc) {
  const rows = [];
  const add = (label, value) => { if (value !== null && value !== undefined && value !== "") rows.push(h("dt", null, label), h("dd", null, value)); };
  if (hl.kind === "event") {
    const ev = doc.events.find((e) => e.id === hl.id);
    if (ev) {
      add("Type", typeChip(ev.type, ev.mode));
      add("Actor", actorLink(ev.actor));
      add("Recipient", actorLink(ev.recipient));
      add("Place", ev.place ? `${ev.place.name}${ev.place.country ? ` (${ev.place.country})` : ""}` : null);
      add("Date", ev.date ? `${ev.date}${ev.date_precision ? ` (${ev.date_precision})` : ""}` : null);
      add("Fatalities", ev.fatalities);
      add("Injured", ev.injured);
      add("Factuality", factChip(ev.factuality));
      add("Reported by", ev.reported_by ? actorLink(ev.reported_by) : null);
      add("Confidence", ev.confidence);
      add("Extractor", ev.extractor);
    }
  } else if (hl.kind === "claim") {
    const cl = doc.claims.find((c) => c.id === hl.id);
    if (cl) {
      add("Speaker", actorLink(cl.speaker));
      add("Cue", cl.cue);
      add("Stance", cl.stance + (cl.hedged ? " (hedged)" : ""));
      add("Factuality", factChip(cl.factuality));
      add("Proposition", cl.proposition ? h("a", { href: link("claims", cl.proposition.id) }, cl.proposition.text || cl.proposition.id) : null);
      add("Polarity", cl.polarity);
      add("Confidence", cl.confidence);
      add("Extractor", cl.extractor);
    }
  } else if (hl.kind === "actor") {
    add("Actor", hl.id ? h("a", { href: link("actor", hl.id) }, hl.label) : hl.label);
    add("Resolved by", hl.rule);
  } else {
    add("Place", hl.label);
    add("Id", hl.id);
    add("Resolved by", hl.rule);
  }
  const record = hl.kind === "event" || hl.kind === "claim"
    ? h("a", { href: `/api/v1/${hl.kind}s/${encodeURIComponent(hl.id)}`, target: "_blank", rel: "noopener" }, "record (JSON)")
    : hl.kind === "actor" && hl.id
      ? h("a", { href: link("actor", hl.id) }, "actor page")
      : hl.kind === "place" && hl.id
        ? h("a", { href: `/api/v1/places/${encodeURIComponent(hl.id)}`, target: "_blank", rel: "noopener" }, "record (JSON)")
        : null;
  return h("div", { class: `selected sel-${hl.kind}` },
    h("div", { class: "sel-head" }, h("span", { class: `key key-${hl.kind}` }), h("strong", null, hl.kind), " ",
      h("q", null, hl.text || ""), " ", record),
    h("dl", { class: "facts" }, rows));
}

async function renderDocument(container, route, alive) {
  const doc = await api(`documents/${encodeURIComponent(route.arg)}`);
  if (!alive()) return;
  const text = doc.text || "";
  const highlights = doc.highlights || [];
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map(({ kind }) => [kind, highlights.filter((x) => x.kind === kind).length]));
  const body = h("div", { class: "doc-text", id: "doc-text" });
  const firstSegment = new Map();
  const selectedBox = h("div", { class: "selected-box" }, h("p", { class: "muted" }, "Click a highlighted passage to see its record."));

  const select = (hl) => {
    for (const el of body.querySelectorAll(".active")) el.classList.remove("active");
    for (const el of body.querySelectorAll(`[data-hl~="${hl.i}"]`)) el.classList.add("active");
    clear(selectedBox).append(recordDetails(hl, doc));
  };

  for (const seg of segments(text, highlights)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.covering.length) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(seg.covering.map((x) => x.kind))];
    const el = h("span", {
      class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
      "data-hl": seg.covering.map((x) => x.i).join(" "),
      title: seg.covering.map((x) => `${x.kind}: ${x.label}`).join("\n"),
    }, piece);
    el.addEventListener("click", () => {
      const innermost = [...seg.covering].sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
      select(innermost);
    });
    for (const x of seg.covering) if (!firstSegment.has(x.i)) firstSegment.set(x.i, { el, hl: x });
    body.append(el);
  }

  const jump = (i) => {
    const target = firstSegment.get(i);
    if (!target) return;
    target.el.scrollIntoView({ block: "center", behavior: "smooth" });
    select(target.hl);
  };
  const indexed = highlights.map((x, i) => ({ ...x, i }));
  const legend = h("ul", { class: "legend hl-legend" }, HIGHLIGHT_KINDS.map(({ kind, label }) => {
    const box = h("input", { type: "checkbox", checked: true, "aria-label": `show ${label}` });
    box.addEventListener("change", () => body.classList.toggle(`hide-${kind}`, !box.checked));
    return h("li", null, h("label", null, box, h("span", { class: `key key-${kind}` }), `${label} (${counts[kind]})`));
  }));
  const listOf = (kind, title, row) => {
    const items = indexed.filter((x) => x.kind === kind);
    if (!items.length) return null;
    return h("details", { open: kind === "event" || kind === "claim" }, h("summary", null, `${title} (${items.length})`),
      h("ul", { class: "hl-list" }, items.map((x) => h("li", null,
        h("button", { type: "button", class: "linkish", onclick: () => jump(x.i) }, row(x))))));
  };
  const eventLabel = (x) => {
    const ev = doc.events.find((e) => e.id === x.id);
    return ev ? [typeChip(ev.type, ev.mode), ` ${ev.trigger}`] : x.label;
  };
  const claimLabel = (x) => {
    const cl = doc.claims.find((c) => c.id === x.id);
    return cl ? `${actorName(cl.speaker) || "?"} (${cl.stance}): “${cl.content}”` : x.label;
  };

  const meta = h("div", { class: "doc-meta" },
    h("span", null, fmtDate(doc.published)), " · ", h("span", null, doc.source || "unknown source"),
    doc.url ? [" · ", h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null,
    " · ", h("span", { class: "muted" }, doc.external_id),
    doc.illustrative ? h("span", { class: "chip", title: "written for Watchfloor's demo and tests, not real reporting" }, "illustrative") : null,
    doc.duplicate_of ? [" · near-duplicate of ", h("a", { href: link("document", String(doc.duplicate_of)) }, `document ${doc.duplicate_of}`)] : null,
    doc.copies && doc.copies.length ? [" · copies: ", doc.copies.map((id) => h("a", { href: link("document", String(id)), class: "chip" }, String(id)))] : null);

  container.append(h("div", { class: "split doc-view" },
    h("article", { class: "panel" },
      h("p", { class: "crumbs" }, h("a", { href: link("documents") }, "Documents"), " / document"),
      h("h1", { class: "doc-heading" }, doc.title || doc.external_id), meta, legend, body),
    h("aside", { class: "side panel" }, h("h2", null, "Extracted"), selectedBox,
      listOf("event", "Events", eventLabel),
      listOf("claim", "Claims", claimLabel),
      listOf("actor", "Actor mentions", (x) => `${x.text} → ${x.label}`),
      listOf("place", "Place mentions", (x) => `${x.text} → ${x.label}`))));

  const focus = route.extra.hl;
  if (focus) {
    const match = indexed.find((x) => x.id === focus && (x.kind === "event" || x.kind === "claim")) || indexed.find((x) => x.id === focus);
    if (match) jump(match.i);
  }
}

export async function render(container, route, alive) {
  if (route.view === "document" && route.arg) await renderDocument(container, route, alive);
  else await renderList(container, route, alive);
  return null;
}
