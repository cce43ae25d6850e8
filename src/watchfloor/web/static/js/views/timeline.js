// Events per day (or week, for long ranges) stacked by type. Dragging across the chart sets
// since/until for every view; the chart itself always shows the whole range so the selection
// can be moved.
import { api } from "../api.js";
import { EVENT_TYPES, typeColor } from "../colors.js";
import { h, s } from "../dom.js";
import { pick, setFilters } from "../state.js";
import { EVENT_FILTERS, eventList, typeLegend } from "./common.js";

const DAY = 86400000;
const W = 960;
const H = 260;
const M = { top: 12, right: 16, bottom: 28, left: 36 };

const toTime = (iso) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (t) => new Date(t).toISOString().slice(0, 10);

function bucketOf(t, step) {
  if (step === DAY) return t;
  const day = new Date(t).getUTCDay();
  return t - ((day + 6) % 7) * DAY; // weeks start on Monday
}

export function chart(rows, filters) {
  if (!rows.length) return h("p", { class: "empty" }, "No dated events for these filters.");
  const times = rows.map((r) => toTime(r.date)).filter((t) => !Number.isNaN(t));
  let start = Math.min(...times);
  let end = Math.max(...times);
  const step = end - start > 120 * DAY ? 7 * DAY : DAY;
  start = bucketOf(start, step);
  end = bucketOf(end, step) + step;
  const buckets = new Map();
  for (const r of rows) {
    const t = toTime(r.date);
    if (Number.isNaN(t)) continue;
    const b = bucketOf(t, step);
    if (!buckets.has(b)) buckets.set(b, {});
    buckets.get(b)[r.type] = (buckets.get(b)[r.type] || 0) + r.count;
  }
  const max = Math.max(1, ...[...buckets.values()].map((c) => Object.values(c).reduce((a, n) => a + n, 0)));
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const x = (t) => M.left + ((t - start) / (end - start)) * innerW;
  const y = (n) => M.top + innerH - (n / max) * innerH;
  const barW = Math.max(2, (step / (end - start)) * innerW - 1);

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline-chart", role: "img",
    "aria-label": `Events per ${step === DAY ? "day" : "week"} by type` });
  for (const n of [0, Math.ceil(max / 2), max]) {
    svg.append(s("line", { x1: M.left, x2: W - M.right, y1: y(n), y2: y(n), class: "grid" }),
      s("text", { x: M.left - 6, y: y(n) + 4, class: "axis", "text-anchor": "end" }, String(n)));
  }
  for (const [b, counts] of [...buckets.entries()].sort((a, b2) => a[0] - b2[0])) {
    let acc = 0;
    for (const type of EVENT_TYPES) {
      const n = counts[type];
      if (!n) continue;
      svg.append(s("rect", { x: x(b), y: y(acc + n), width: barW, height: y(acc) - y(acc + n),
        fill: typeColor(type), class: "bar" }, s("title", null, `${toIso(b)} · ${type}: ${n}`)));
      acc += n;
    }
  }
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const t = start + ((end - start) * i) / ticks;
    svg.append(s("text", { x: x(t), y: H - 8, class: "axis", "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle" },
      toIso(t)));
  }
  // the current since/until as a shaded band
  const selection = s("rect", { class: "brush", y: M.top, height: innerH, x: 0, width: 0 });
  if (filters.since || filters.until) {
    const a = filters.since ? Math.max(start, toTime(filters.since)) : start;
    const z = filters.until ? Math.min(end, toTime(filters.until) + DAY) : end;
    selection.setAttribute("x", x(a));
    selection.setAttribute("width", Math.max(0, x(z) - x(a)));
  }
  svg.append(selection);

  let dragFrom = null;
  const svgX = (event) => {
    const box = svg.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * W;
  };
  const timeAt = (px) => start + ((Math.min(W - M.right, Math.max(M.left, px)) - M.left) / innerW) * (end - start);
  svg.addEventListener("pointerdown", (event) => {
    dragFrom = svgX(event);
    svg.setPointerCapture(event.pointerId);
    selection.setAttribute("x", dragFrom);
    selection.setAttribute("width", 0);
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragFrom === null) return;
    const here = svgX(event);
    selection.setAttribute("x", Math.min(dragFrom, here));
    selection.setAttribute("width", Math.abs(here - dragFrom));
  });
  svg.addEventListener("pointerup", (event) => {
    if (dragFrom === null) return;
    const here = svgX(event);
    const [a, z] = [dragFrom, here].sort((p, q) => p - q);
    dragFrom = null;
    if (z - a < 4) return; // a click, not a drag
    setFilters({ since: toIso(timeAt(a)), until: toIso(timeAt(z) - 1) });
  });
  return svg;
}

export async function render(container, route, alive) {
  const all = pick(route.filters, EVENT_FILTERS);
  const { since, until, ...unbounded } = all;
  const [perDay, page] = await Promise.all([
    api("aggregates/events-per-day", unbounded),
    api("events", { ...all, limit: 200 }),
  ]);
  if (!alive()) return null;
  const types = [...new Set(perDay.items.map((r) => r.type))].sort();
  const reset = h("button", { type: "button", class: "secondary", onclick: () => setFilters({ since: "", until: "" }) },
    "Show all dates");
  container.append(
    h("section", { class: "panel" },
      h("div", { class: "panel-head" },
        h("h2", null, "Events over time"),
        h("span", { class: "muted" }, since || until ? `selected ${since || "…"} – ${until || "…"}` : "drag across the chart to select dates"),
        since || until ? reset : null),
      chart(perDay.items, route.filters),
      typeLegend(types)),
    h("section", { class: "panel" }, h("h2", null, `${page.total} events in the selection`), eventList(page.items, page.total)));
  return null;
}
