// The claims board: contested propositions, who asserts or denies each over time, and the
// quotes behind every position (from the ledger).
import { api } from "../api.js";
import { actorName, empty, fmtDate, h, s } from "../dom.js";
import { link, pick } from "../state.js";
import { actorLink, claimList, eventList } from "./common.js";

function bar(forN, againstN) {
  const total = Math.max(1, forN + againstN);
  return h("div", { class: "balance", title: `${forN} for, ${againstN} against` },
    h("span", { class: "for", style: { width: `${(100 * forN) / total}%` } }),
    h("span", { class: "against", style: { width: `${(100 * againstN) / total}%` } }));
}

function card(p, names) {
  return h("li", { class: "prop-card" },
    h("a", { href: link("claims", p.id), class: "prop-title" }, p.text || p.id),
    bar(p.claims_for.length, p.claims_against.length),
    h("div", { class: "prop-meta" },
      h("span", { class: "pol-for-text" }, `${p.claims_for.length} asserting`), " · ",
      h("span", { class: "pol-against-text" }, `${p.claims_against.length} denying`), " · ",
      h("span", { class: "muted" }, p.first_seen ? `${fmtDate(p.first_seen)} – ${fmtDate(p.last_seen)}` : "no claims yet"),
      p.related_events.length ? h("span", { class: "muted" }, ` · ${p.related_events.length} related events`) : null),
    h("div", { class: "speakers" },
      p.speakers_for.map((id) => h("a", { href: link("actor", id), class: "chip pol-for", title: "asserts" }, names.get(id) || id)),
      p.speakers_against.map((id) => h("a", { href: link("actor", id), class: "chip pol-against", title: "denies" }, names.get(id) || id))));
}

// One row per speaker, one dot per claim on a shared time axis.
function ledgerChart(ledger) {
  const claims = ledger.claims.filter((c) => c.published && (c.polarity === "for" || c.polarity === "against"));
  if (!claims.length) return empty("No dated claims with a position yet.");
  const rows = ledger.speakers.map((sp) => sp.speaker.id || sp.speaker.text || "unattributed");
  const label = new Map(ledger.speakers.map((sp) => [sp.speaker.id || sp.speaker.text || "unattributed", actorName(sp.speaker) || "unattributed"]));
  const times = claims.map((c) => Date.parse(c.published));
  const lo = Math.min(...times) - 86400000 * 3;
  const hi = Math.max(...times) + 86400000 * 3;
  const W = 900;
  const left = 190;
  const rowH = 28;
  const H = rows.length * rowH + 40;
  const x = (t) => left + ((t - lo) / (hi - lo)) * (W - left - 20);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "ledger-chart", role: "img", "aria-label": "Positions over time" });
  rows.forEach((key, i) => {
    const y = 20 + i * rowH;
    svg.append(s("line", { x1: left, x2: W - 20, y1: y, y2: y, class: "grid" }),
      s("text", { x: left - 8, y: y + 4, "text-anchor": "end", class: "row-label" }, label.get(key)));
  });
  for (const c of claims) {
    const key = c.speaker.id || c.speaker.text || "unattributed";
    const y = 20 + rows.indexOf(key) * rowH;
    const dot = s("circle", { cx: x(Date.parse(c.published)), cy: y, r: 7,
      class: `dot pol-${c.polarity}${c.hedged ? " hedged" : ""}` },
    s("title", null, `${fmtDate(c.published)} ${actorName(c.speaker) || "?"} ${c.cue || ""}: “${c.content}”`));
    const a = s("a", { href: link("document", String(c.doc_id), { hl: c.id }) }, dot);
    svg.append(a);
  }
  for (const [t, anchor] of [[lo, "start"], [(lo + hi) / 2, "middle"], [hi, "end"]]) {
    svg.append(s("text", { x: x(t), y: H - 6, "text-anchor": anchor, class: "axis" }, new Date(t).toISOString().slice(0, 10)));
  }
  return svg;
}

async function renderBoard(container, route, alive) {
  const [page, actors] = await Promise.all([
    api("propositions", { ...pick(route.filters, ["q", "actor"]), limit: 200 }),
    api("actors", { limit: 1000 }),
  ]);
  if (!alive()) return;
  const names = new Map(actors.items.map((a) => [a.id, a.name]));
  container.append(h("section", { class: "panel" },
    h("div", { class: "panel-head" }, h("h2", null, `Claims board · ${page.total} propositions`),
      h("span", { class: "muted" }, "contested statements, with who asserts (green) and who denies (red)")),
    page.items.length ? h("ul", { class: "prop-cards" }, page.items.map((p) => card(p, names))) : empty("No propositions match these filters.")));
}

async function renderLedger(container, route, alive) {
  const ledger = await api(`propositions/${encodeURIComponent(route.arg)}/ledger`);
  if (!alive()) return;
  const p = ledger.proposition;
  const speakerRows = ledger.speakers.map((sp) => h("tr", null,
    h("td", null, actorLink(sp.speaker)),
    h("td", null, h("span", { class: `chip pos-${sp.position}` }, sp.position)),
    h("td", { class: "num" }, String(sp.for)), h("td", { class: "num" }, String(sp.against)),
    h("td", { class: "num" }, String(sp.hedged)),
    h("td", null, `${fmtDate(sp.first_seen)} – ${fmtDate(sp.last_seen)}`),
    h("td", null, (sp.sources || []).join(", "))));
  container.append(
    h("section", { class: "panel" },
      h("p", { class: "crumbs" }, h("a", { href: link("claims") }, "Claims board"), " / proposition"),
      h("h1", null, p.text || p.id),
      h("div", { class: "prop-meta" }, bar(p.claims_for.length, p.claims_against.length),
        h("span", { class: "pol-for-text" }, `${p.claims_for.length} asserting`), " · ",
        h("span", { class: "pol-against-text" }, `${p.claims_against.length} denying`), " · ",
        h("span", { class: "muted" }, `seen ${fmtDate(p.first_seen)} – ${fmtDate(p.last_seen)}`)),
      h("h2", null, "Positions over time"),
      h("p", { class: "muted" }, "Filled: firm; hollow: hedged. Green asserts, red denies. Click a dot for the quote in its document."),
      ledgerChart(ledger)),
    h("div", { class: "split" },
      h("section", { class: "panel" }, h("h2", null, "Who says what"),
        h("table", { class: "table" },
          h("thead", null, h("tr", null, ["Speaker", "Position", "For", "Against", "Hedged", "Seen", "Sources"].map((t) => h("th", null, t)))),
          h("tbody", null, speakerRows))),
      h("section", { class: "panel side" }, h("h2", null, `Related events (${ledger.events.length})`),
        eventList(ledger.events, ledger.events.length))),
    h("section", { class: "panel" }, h("h2", null, `Quotes (${ledger.claims.length})`), claimList(ledger.claims)));
}

export async function render(container, route, alive) {
  if (route.arg) await renderLedger(container, route, alive);
  else await renderBoard(container, route, alive);
  return null;
}
