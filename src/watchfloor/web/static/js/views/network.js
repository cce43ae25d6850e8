// Who acts on whom: actors as nodes, one arrow per (source, target, event type), laid out by a
// small force simulation run to rest before drawing (deterministic: same data, same picture).
import { api } from "../api.js";
import { typeColor } from "../colors.js";
import { empty, h, s } from "../dom.js";
import { link, pick } from "../state.js";
import { EVENT_FILTERS, typeLegend } from "./common.js";

const W = 960;
const H = 620;
const MAX_NODES = 40; // beyond this a force layout turns into a hairball; the rest is in the list

function layout(nodes, edges) {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // start on a circle so the result does not depend on randomness
  const pos = nodes.map((_, i) => ({
    x: W / 2 + Math.cos((2 * Math.PI * i) / n) * W * 0.3,
    y: H / 2 + Math.sin((2 * Math.PI * i) / n) * H * 0.3,
  }));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const ideal = Math.min(180, Math.sqrt((W * H) / Math.max(1, n)) * 0.8);
  for (let step = 0; step < 400; step++) {
    const cool = 1 - step / 400;
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x;
        const dy = pos[i].y - pos[j].y;
        const d2 = Math.max(25, dx * dx + dy * dy);
        const f = (ideal * ideal) / d2;
        force[i].x += dx * f * 0.05; force[i].y += dy * f * 0.05;
        force[j].x -= dx * f * 0.05; force[j].y -= dy * f * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[b].x - pos[a].x;
      const dy = pos[b].y - pos[a].y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d - ideal) / d * 0.05;
      force[a].x += dx * f; force[a].y += dy * f;
      force[b].x -= dx * f; force[b].y -= dy * f;
    }
    for (let i = 0; i < n; i++) {
      force[i].x += (W / 2 - pos[i].x) * 0.03;
      force[i].y += (H / 2 - pos[i].y) * 0.04;
      const len = Math.hypot(force[i].x, force[i].y);
      const cap = 20 * cool + 1;
      const k = len > cap ? cap / len : 1;
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x + force[i].x * k));
      pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + force[i].y * k));
    }
  }
  return pos;
}

// The most connected actors and the links among them.
function busiest(net) {
  const weight = new Map();
  for (const e of net.edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.count);
    weight.set(e.target, (weight.get(e.target) || 0) + e.count);
  }
  const keep = new Set([...net.nodes].sort((a, b) => (weight.get(b.id) || 0) - (weight.get(a.id) || 0))
    .slice(0, MAX_NODES).map((n) => n.id));
  return {
    nodes: net.nodes.filter((n) => keep.has(n.id)),
    edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export function graph(net) {
  const { nodes, edges } = busiest(net);
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
  const degree = new Map();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) || 0) + e.count);
    degree.set(e.target, (degree.get(e.target) || 0) + e.count);
  }
  const types = [...new Set(edges.map((e) => e.type))];
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "Actor network" });
  const defs = s("defs");
  for (const type of types) {
    defs.append(s("marker", { id: `arrow-${type}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: typeColor(type) })));
  }
  svg.append(defs);
  // several types between the same pair are drawn as separate, increasingly bent arcs
  const seen = new Map();
  const radius = (id) => 7 + Math.min(16, Math.sqrt(degree.get(id) || 1) * 3);
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const pair = [e.source, e.target].sort().join("|");
    const k = seen.get(pair) || 0;
    seen.set(pair, k + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.max(1, Math.hypot(dx, dy));
    const bend = (k + 1) * 18 * (e.source < e.target ? 1 : -1);
    const mx = (a.x + b.x) / 2 - (dy / d) * bend;
    const my = (a.y + b.y) / 2 + (dx / d) * bend;
    const rb = radius(e.target) + 2;
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rb;
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rb;
    svg.append(s("path", {
      d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, class: "edge", stroke: typeColor(e.type),
      "stroke-width": 1.2 + Math.min(6, Math.log2(1 + e.count) * 1.5), "marker-end": `url(#arrow-${e.type})`,
    }, s("title", null, `${e.source} → ${e.target}: ${e.type} × ${e.count}`)));
  }
  for (const node of nodes) {
    const p = at.get(node.id);
    const a = s("a", { href: link("actor", node.id), class: "node", "data-id": node.id },
      s("circle", { cx: p.x, cy: p.y, r: radius(node.id) }),
      s("text", { x: p.x, y: p.y - radius(node.id) - 4, "text-anchor": "middle" }, node.name || node.id),
      s("title", null, `${node.name} (${[node.sector, node.country].filter(Boolean).join(", ") || "no sector"}) — open actor page`));
    svg.append(a);
  }
  return { svg, types, shown: nodes.length };
}

export async function render(container, route, alive) {
  const net = await api("aggregates/actor-network", pick(route.filters, EVENT_FILTERS));
  if (!alive()) return null;
  if (!net.nodes.length) {
    container.append(h("section", { class: "panel" }, h("h2", null, "Actor network"),
      empty("No events with both a linked actor and a linked recipient match these filters.")));
    return null;
  }
  const { svg, types, shown } = graph(net);
  const top = [...net.edges].sort((a, b) => b.count - a.count).slice(0, 12);
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  container.append(h("div", { class: "split wide-left" },
    h("section", { class: "panel" },
      h("div", { class: "panel-head" }, h("h2", null, "Actor network"),
        h("span", { class: "muted" }, `${net.nodes.length} actors, ${net.edges.length} links`,
          shown < net.nodes.length ? ` (drawing the ${shown} most connected; narrow the filters for the rest)` : "",
          " · arrows point from actor to recipient · click an actor for its page")),
      svg, typeLegend(types.sort())),
    h("aside", { class: "side panel" }, h("h2", null, "Strongest links"),
      h("ol", { class: "top-links" }, top.map((e) => h("li", null,
        h("a", { href: link("actor", e.source) }, names.get(e.source) || e.source), " → ",
        h("a", { href: link("actor", e.target) }, names.get(e.target) || e.target), " ",
        h("span", { class: "chip type", style: { "--c": typeColor(e.type) } }, e.type), ` × ${e.count}`))))));
  return null;
}
