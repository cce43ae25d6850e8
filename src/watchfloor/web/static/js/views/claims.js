// The claims board: contested propositions, who asserts or denies each over time, and the
// quotes behind every position (from the ledger). Every string from the API is put in as text,
// never as markup: quotes and speaker names are copied from untrusted articles.
import { api } from "../api.js";
import { actorName, empty, fmtDate, fmtNum, h, s } from "../dom.js";
import { link, pick } from "../state.js";
import { actorLink, claimList, docLink, factChip, hedgedChip, typeChip } from "./common.js";

const SIDES = [
  { key: "for", title: "Asserts", verb: "asserting", past: "asserted" },
  { key: "against", title: "Denies", verb: "denying", past: "denied" },
];

// Admiralty scale (STANAG 2511), as in analyze/grading.py: the letter grades the source, the
// digit how far the information is confirmed.
const RELIABILITY = {
  A: "completely reliable", B: "usually reliable", C: "fairly reliable",
  D: "not usually reliable", E: "unreliable", F: "reliability cannot be judged",
};
const CREDIBILITY = {
  1: "confirmed by other sources", 2: "probably true", 3: "possibly true",
  4: "doubtful", 5: "improbable", 6: "truth cannot be judged",
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function plural(n, word) {
  return `${fmtNum(n)} ${word}${n === 1 ? "" : "s"}`;
}

// Long names (or untrusted speaker text) would run off the left edge of a chart.
function clip(text, limit) {
  const value = String(text);
  return value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
}

function bar(forN, againstN) {
  const total = Math.max(1, forN + againstN);
  return h("div", { class: "balance", role: "img", "aria-label": `${forN} for, ${againstN} against`, title: `${forN} for, ${againstN} against` },
    h("span", { class: "for", style: { width: `${(100 * forN) / total}%` } }),
    h("span", { class: "against", style: { width: `${(100 * againstN) / total}%` } }));
}

export function gradeBadge(code) {
  const text = String(code || "F6");
  const letter = text.charAt(0);
  const digit = text.slice(1);
  const meaning = `Admiralty grade ${text}: source ${RELIABILITY[letter] || "not graded"}; information ${CREDIBILITY[digit] || "not graded"}`;
  return h("abbr", { class: `grade grade-${/^[A-F]$/.test(letter) ? letter : "F"}`, title: meaning, "aria-label": meaning }, text);
}

function stateChip(summary) {
  if (!summary || !summary.state) return null;
  return h("span", { class: `chip state state-${summary.state.split(/[^a-z]+/)[0]}` }, summary.state);
}

// --- the chart: claims for (up) and against (down) by month -----------------------------

// Every month from the first to the last, so quiet months show as gaps rather than vanishing.
export function monthSeries(timeline) {
  const known = (timeline || []).filter((row) => /^\d{4}-\d{2}$/.test(row.month));
  if (!known.length) return [];
  const byMonth = new Map(known.map((row) => [row.month, row]));
  const months = known.map((row) => row.month).sort();
  let [year, month] = months[0].split("-").map(Number);
  const [lastYear, lastMonth] = months[months.length - 1].split("-").map(Number);
  const out = [];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    const row = byMonth.get(key);
    out.push({ month: key, for: row ? row.for : 0, against: row ? row.against : 0 });
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return out;
}

function monthLabel(key, withYear) {
  const [year, month] = key.split("-");
  return withYear ? `${MONTHS[Number(month) - 1]} ${year}` : MONTHS[Number(month) - 1];
}

export function monthChart(timeline, { compact = false } = {}) {
  const rows = monthSeries(timeline);
  if (!rows.length) return empty("No dated claims with a position yet.");
  const W = compact ? 320 : 400;
  const H = compact ? 90 : 200;
  const M = compact ? { top: 4, bottom: 18, left: 4, right: 4 } : { top: 14, bottom: 32, left: 26, right: 6 };
  const max = Math.max(1, ...rows.map((r) => Math.max(r.for, r.against)));
  const half = (H - M.top - M.bottom) / 2;
  const zero = M.top + half;
  const step = (W - M.left - M.right) / rows.length;
  const barW = Math.max(2, Math.min(compact ? 18 : 34, step * 0.7));
  const scale = (n) => (n / max) * half;
  const described = rows.filter((r) => r.for || r.against)
    .map((r) => `${monthLabel(r.month, true)}: ${r.for} for, ${r.against} against`).join("; ");
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: `month-chart${compact ? " compact" : ""}`, role: "img",
    "aria-label": `Claims for and against by month. ${described}` });
  if (!compact) {
    // gridlines at the top (for, max) and the bottom (against, max) around the zero line
    svg.append(
      s("line", { x1: M.left, x2: W - M.right, y1: zero - half, y2: zero - half, class: "grid" }),
      s("line", { x1: M.left, x2: W - M.right, y1: zero + half, y2: zero + half, class: "grid" }),
      s("text", { x: M.left - 5, y: zero - half + 4, "text-anchor": "end", class: "axis" }, String(max)),
      s("text", { x: M.left - 5, y: zero + half + 4, "text-anchor": "end", class: "axis" }, String(max)),
      s("text", { x: M.left - 5, y: zero + 4, "text-anchor": "end", class: "axis" }, "0"));
  }
  const every = Math.ceil(rows.length / (compact ? 1 : 12));
  rows.forEach((r, i) => {
    const cx = M.left + step * i + step / 2;
    const tip = `${monthLabel(r.month, true)}: ${r.for} asserting, ${r.against} denying`;
    const g = s("g", { class: "month", "data-month": r.month }, s("title", null, tip));
    if (r.for) g.append(s("rect", { x: cx - barW / 2, y: zero - scale(r.for), width: barW, height: scale(r.for), class: "bar-for" }));
    if (r.against) g.append(s("rect", { x: cx - barW / 2, y: zero, width: barW, height: scale(r.against), class: "bar-against" }));
    // an invisible full-height target so a hover anywhere in the column shows the numbers
    g.append(s("rect", { x: cx - step / 2, y: M.top, width: step, height: 2 * half, class: "hit" }));
    if (!compact && i % every === 0) {
      const first = i === 0 || r.month.endsWith("-01");
      svg.append(s("text", { x: cx, y: H - 17, "text-anchor": "middle", class: "axis" }, monthLabel(r.month, false)));
      if (first) svg.append(s("text", { x: cx, y: H - 3, "text-anchor": "middle", class: "axis year" }, r.month.slice(0, 4)));
    }
    svg.append(g);
  });
  svg.append(s("line", { x1: M.left, x2: W - M.right, y1: zero, y2: zero, class: "zero" }));
  if (compact) {
    // only the span: a card has no room for a month axis
    svg.append(s("text", { x: M.left, y: H - 3, "text-anchor": "start", class: "axis" }, monthLabel(rows[0].month, true)));
    if (rows.length > 1) {
      svg.append(s("text", { x: W - M.right, y: H - 3, "text-anchor": "end", class: "axis" }, monthLabel(rows[rows.length - 1].month, true)));
    }
  }
  return svg;
}

// --- one speaker per dot: who said what when (kept from the first ledger view) ----------

function speakerChart(ledger) {
  const claims = ledger.claims.filter((c) => c.published && (c.polarity === "for" || c.polarity === "against"));
  if (!claims.length) return empty("No dated claims with a position yet.");
  const keyOf = (sp) => (sp && (sp.id || sp.text)) || "unattributed";
  const rows = ledger.speakers.map((sp) => keyOf(sp.speaker));
  const label = new Map(ledger.speakers.map((sp) => [keyOf(sp.speaker), actorName(sp.speaker) || "unattributed"]));
  const times = claims.map((c) => Date.parse(c.published));
  const lo = Math.min(...times) - 86400000 * 3;
  const hi = Math.max(...times) + 86400000 * 3;
  const W = 900;
  const left = 190;
  const rowH = 28;
  const H = rows.length * rowH + 40;
  const x = (t) => left + ((t - lo) / (hi - lo)) * (W - left - 20);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "ledger-chart", role: "img", "aria-label": "Positions over time, one row per speaker" });
  rows.forEach((key, i) => {
    const y = 20 + i * rowH;
    svg.append(s("line", { x1: left, x2: W - 20, y1: y, y2: y, class: "grid" }),
      s("text", { x: left - 8, y: y + 4, "text-anchor": "end", class: "row-label" }, clip(label.get(key), 26),
        s("title", null, label.get(key))));
  });
  for (const c of claims) {
    const y = 20 + rows.indexOf(keyOf(c.speaker)) * rowH;
    const dot = s("circle", { cx: x(Date.parse(c.published)), cy: y, r: 7,
      class: `dot pol-${c.polarity}${c.hedged ? " hedged" : ""}` },
    s("title", null, `${fmtDate(c.published)} ${actorName(c.speaker) || "?"} ${c.cue || ""}: “${c.content}”`));
    svg.append(s("a", { href: link("document", String(c.doc_id), { hl: c.id }) }, dot));
  }
  for (const [t, anchor] of [[lo, "start"], [(lo + hi) / 2, "middle"], [hi, "end"]]) {
    svg.append(s("text", { x: x(t), y: H - 6, "text-anchor": anchor, class: "axis" }, new Date(t).toISOString().slice(0, 10)));
  }
  return svg;
}

// --- the two sides ----------------------------------------------------------------------

// The speakers on one side, most independent reports first (as analyze/ledger.sides_speakers).
function sideSpeakers(speakers, side) {
  return speakers.filter((sp) => sp[side])
    .sort((a, b) => (b[`reports_${side}`] - a[`reports_${side}`]) || (b[side] - a[side]) || (!(a.speaker || {}).id - !(b.speaker || {}).id));
}

function speakerChip(sp, side) {
  const name = actorName(sp.speaker) || "unattributed";
  const n = sp[side];
  const reports = sp[`reports_${side}`];
  const seen = sp.seen && sp.seen[side] ? sp.seen[side] : [sp.first_seen, sp.last_seen];
  const title = `${name}: ${plural(n, "claim")} in ${plural(reports, "independent report")}, ${fmtDate(seen[0])} – ${fmtDate(seen[1])}`
    + (sp.position === "mixed" ? `; has spoken on both sides, latest ${sp.latest === "for" ? "asserting" : "denying"}` : "");
  const body = [name, " ", h("b", { class: "n" }, String(n))];
  const cls = `chip pol-${side}${sp.position === "mixed" ? " mixed" : ""}`;
  return sp.speaker && sp.speaker.id
    ? h("a", { href: link("actor", sp.speaker.id), class: cls, title }, body)
    : h("span", { class: `${cls} unlinked`, title }, body);
}

export function gradedQuote(q) {
  return h("li", { class: "graded-quote", dataset: { claim: q.claim } },
    h("blockquote", { class: "quote" }, q.quote || ""),
    h("div", { class: "quote-foot" },
      actorLink(q.speaker),
      q.cue ? h("span", { class: "cue muted" }, q.cue) : null,
      h("span", { class: "date" }, fmtDate(q.date)),
      h("span", { class: "source" }, q.source || "unknown source"),
      gradeBadge(q.admiralty),
      hedgedChip(q.hedged),
      docLink(q.doc_id, q.claim, "open in document")));
}

function sideColumn(side, ledger) {
  const info = (ledger.summary && ledger.summary[side.key]) || { claims: 0, reports: 0, hedged: 0 };
  const speakers = sideSpeakers(ledger.speakers || [], side.key);
  const quotes = (ledger.quotes && ledger.quotes[side.key]) || [];
  const headingId = `side-${side.key}-title`;
  return h("section", { class: `side-col side-${side.key}`, "aria-labelledby": headingId },
    h("h3", { id: headingId }, side.title, " ",
      h("span", { class: `side-count pol-${side.key}-text` }, plural(info.claims, "claim"))),
    h("p", { class: "side-stats muted" },
      `${plural(info.reports, "independent report")} · ${plural(speakers.length, "speaker")} · ${fmtNum(info.hedged)} hedged`),
    speakers.length
      ? h("div", { class: "speakers", role: "list", "aria-label": `Speakers ${side.verb}` },
        speakers.map((sp) => h("span", { role: "listitem" }, speakerChip(sp, side.key))))
      : empty(`Nobody has ${side.past} it yet.`),
    quotes.length
      ? [h("h4", null, "Strongest quotes"), h("ol", { class: "graded-quotes" }, quotes.map(gradedQuote))]
      : null);
}

// --- incidents that bear on the proposition ---------------------------------------------

function incidentRow(inc, eventDocs, docNames) {
  const supports = inc.supports === "against" ? "against" : "for";
  // one link per reporting document, each opening at the event mention in it
  const docs = (inc.doc_ids || []).map((docId) => {
    const eventId = (inc.events || []).find((id) => eventDocs.get(id) === docId);
    return docLink(docId, eventId, docNames.get(docId) || `document ${docId}`);
  });
  return h("li", { class: `incident-row bears-${supports}`, dataset: { incident: inc.incident } },
    h("div", { class: "row-head" },
      h("span", { class: `chip pol-${supports}`, title: `by the evidence rules, this bears ${supports === "for" ? "out the asserting side" : "out the denying side"}` },
        supports === "for" ? "bears for" : "bears against"),
      typeChip(inc.type, inc.mode),
      h("span", { class: "date" }, fmtDate(inc.date)),
      h("span", { class: "who" }, actorLink(inc.actor), inc.recipient ? [" → ", actorLink(inc.recipient)] : null),
      inc.place ? h("span", { class: "place" }, "in ", h("b", null, inc.place.name)) : null,
      inc.fatalities ? h("span", { class: "fatal", title: "highest toll any report gives" }, `${fmtNum(inc.fatalities)} killed`) : null,
      inc.injured ? h("span", { class: "injured", title: "highest count any report gives" }, `+ ${fmtNum(inc.injured)} injured`) : null,
      factChip(inc.factuality)),
    h("p", { class: "sentence" }, inc.sentence || ""),
    h("div", { class: "row-foot" },
      h("span", { class: "muted" }, (inc.sources || []).join(", "),
        (inc.events || []).length > 1 ? ` · ${inc.events.length} reports` : ""),
      h("span", { class: "doc-links" }, docs)));
}

function incidentList(ledger) {
  const incidents = ledger.incidents || [];
  if (!incidents.length) return empty("No extracted event bears on it.");
  const eventDocs = new Map((ledger.events || []).map((ev) => [ev.id, ev.doc_id]));
  const docNames = new Map((ledger.events || []).filter((ev) => ev.external_id).map((ev) => [ev.doc_id, ev.external_id]));
  // newest first, as the other lists
  return h("ul", { class: "rows incidents" }, [...incidents].reverse().map((inc) => incidentRow(inc, eventDocs, docNames)));
}

function incidentTally(summary) {
  if (!summary) return null;
  const parts = [`${fmtNum(summary.incidents_for || 0)} for`, `${fmtNum(summary.incidents_against || 0)} against`];
  if (summary.fatalities_in_incidents) parts.push(`${fmtNum(summary.fatalities_in_incidents)} killed in all`);
  return h("span", { class: "muted" }, parts.join(" · "));
}

// --- the board --------------------------------------------------------------------------

function card(p, names) {
  const nFor = p.claims_for.length;
  const nAgainst = p.claims_against.length;
  const titleId = `prop-${p.id}`;
  const details = h("div", { class: "prop-ledger" });
  const el = h("li", { class: "prop-card", dataset: { id: p.id }, "aria-labelledby": titleId },
    h("a", { href: link("claims", p.id), class: "prop-title", id: titleId }, p.text || p.id),
    bar(nFor, nAgainst),
    h("div", { class: "prop-meta" }, stateChip(p),
      h("span", { class: "pol-for-text" }, `${nFor} asserting`), " · ",
      h("span", { class: "pol-against-text" }, `${nAgainst} denying`), " · ",
      h("span", { class: "muted" }, p.first_seen ? `${fmtDate(p.first_seen)} – ${fmtDate(p.last_seen)}` : "no claims yet")),
    details,
    h("div", { class: "speakers" },
      p.speakers_for.map((id) => h("a", { href: link("actor", id), class: "chip pol-for", title: "asserts" }, names.get(id) || id)),
      p.speakers_against.map((id) => h("a", { href: link("actor", id), class: "chip pol-against", title: "denies" }, names.get(id) || id))));
  // a proposition nobody has spoken on has no ledger to summarise
  if (nFor + nAgainst > 0) fillCard(details, p);
  return el;
}

function cardQuote(side, q) {
  if (!q) return null;
  return h("figure", { class: `card-quote side-${side.key}`, dataset: { claim: q.claim } },
    h("figcaption", { class: `pol-${side.key}-text` }, side.title),
    h("blockquote", { class: "quote" }, q.quote || ""),
    h("div", { class: "quote-foot" },
      h("span", null, actorName(q.speaker) || "unattributed"),
      h("span", { class: "date" }, fmtDate(q.date)),
      gradeBadge(q.admiralty),
      hedgedChip(q.hedged),
      docLink(q.doc_id, q.claim, "open")));
}

// The list endpoint carries each ledger's lead, timeline, best quote per side (rank 1) and
// incident counts, so the board needs no request per proposition.
function fillCard(details, p) {
  const nIncidents = (p.incidents_for || 0) + (p.incidents_against || 0);
  const picked = SIDES.map((side) => cardQuote(side, p[`quote_${side.key}`])).filter(Boolean);
  details.append(
    h("p", { class: "lead" }, p.lead || ""),
    picked.length ? h("div", { class: "card-quotes" }, picked) : null,
    h("div", { class: "prop-mini" }, monthChart(p.timeline, { compact: true }),
      h("a", { href: link("claims", p.id), class: "mini-link" },
        nIncidents ? `${plural(nIncidents, "incident")} · full ledger` : "full ledger")));
}

async function renderBoard(container, route, alive) {
  const [page, actors] = await Promise.all([
    api("propositions", { ...pick(route.filters, ["q", "actor"]), limit: 200 }),
    api("actors", { limit: 1000 }),
  ]);
  if (!alive()) return;
  const names = new Map(actors.items.map((a) => [a.id, a.name]));
  const cards = page.items.map((p) => card(p, names));
  container.append(h("section", { class: "panel", "aria-labelledby": "board-title" },
    h("div", { class: "panel-head" }, h("h2", { id: "board-title" }, `Claims board · ${page.total} propositions`),
      h("span", { class: "muted" }, "contested statements, with who asserts (green) and who denies (red); bars under each: claims per month, for above the line, against below")),
    cards.length ? h("ul", { class: "prop-cards" }, cards) : empty("No propositions match these filters.")));
}

// --- one proposition's ledger -----------------------------------------------------------

async function renderLedger(container, route, alive) {
  const ledger = await api(`propositions/${encodeURIComponent(route.arg)}/ledger`);
  if (!alive()) return;
  const p = ledger.proposition;
  const summary = ledger.summary || {};
  const speakerRows = ledger.speakers.map((sp) => h("tr", null,
    h("td", null, actorLink(sp.speaker)),
    h("td", null, h("span", { class: `chip pos-${sp.position}` }, sp.position)),
    h("td", { class: "num" }, String(sp.for)), h("td", { class: "num" }, String(sp.against)),
    h("td", { class: "num" }, String(sp.hedged)),
    h("td", null, `${fmtDate(sp.first_seen)} – ${fmtDate(sp.last_seen)}`),
    h("td", null, (sp.sources || []).join(", "))));
  const nFor = summary.for ? summary.for.claims : p.claims_for.length;
  const nAgainst = summary.against ? summary.against.claims : p.claims_against.length;
  container.append(
    h("section", { class: "panel ledger-head", "aria-labelledby": "ledger-title" }, h("div", { class: "ledger-head-text" },
      h("p", { class: "crumbs" }, h("a", { href: link("claims") }, "Claims board"), " / proposition"),
      h("h1", { id: "ledger-title" }, p.text || p.id),
      h("div", { class: "prop-meta" }, bar(nFor, nAgainst), stateChip(summary),
        h("span", { class: "pol-for-text" }, `${nFor} asserting`), " · ",
        h("span", { class: "pol-against-text" }, `${nAgainst} denying`), " · ",
        h("span", { class: "muted" }, `seen ${fmtDate(summary.first_seen || p.first_seen)} – ${fmtDate(summary.last_seen || p.last_seen)}`)),
      h("p", { class: "lead" }, ledger.lead || "")),
    h("figure", { class: "month-panel", "aria-labelledby": "month-title" },
      h("figcaption", null, h("h2", { id: "month-title" }, "Claims by month"),
        h("span", { class: "muted legend-line" },
          h("span", { class: "key-for" }), " asserting (above) ", h("span", { class: "key-against" }), " denying (below)")),
      monthChart(ledger.timeline))),
    h("section", { class: "panel sides", "aria-labelledby": "sides-title" },
      h("h2", { id: "sides-title" }, "The two sides"),
      h("div", { class: "sides-cols" }, SIDES.map((side) => sideColumn(side, ledger)))),
    h("section", { class: "panel", "aria-labelledby": "incidents-title" },
      h("div", { class: "panel-head" },
        h("h2", { id: "incidents-title" }, `Incidents that bear on it (${(ledger.incidents || []).length})`),
        incidentTally(summary)),
      incidentList(ledger)),
    h("section", { class: "panel", "aria-labelledby": "positions-title" },
      h("h2", { id: "positions-title" }, "Positions by speaker over time"),
      h("p", { class: "muted" }, "Filled: firm; hollow: hedged. Green asserts, red denies. Click a dot for the quote in its document."),
      speakerChart(ledger)),
    h("section", { class: "panel", "aria-labelledby": "who-title" }, h("h2", { id: "who-title" }, "Who says what"),
      h("table", { class: "table" },
        h("thead", null, h("tr", null, ["Speaker", "Position", "For", "Against", "Hedged", "Seen", "Sources"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", null, speakerRows))),
    h("section", { class: "panel", "aria-labelledby": "all-claims-title" },
      h("h2", { id: "all-claims-title" }, `All claims (${ledger.claims.length})`), claimList(ledger.claims, "No claims on this proposition yet.")));
}

export async function render(container, route, alive) {
  if (route.arg) await renderLedger(container, route, alive);
  else await renderBoard(container, route, alive);
  return null;
}
