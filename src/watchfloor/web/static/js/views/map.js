// Events on a map of country outlines (no tile server), coloured by type, sized by fatalities,
// grouped by a screen-space grid so dense areas stay readable at every zoom.
import { api, world } from "../api.js";
import { typeColor } from "../colors.js";
import { actorName, fmtDate, h } from "../dom.js";
import { pick } from "../state.js";
import { EVENT_FILTERS, docLink, eventList, typeChip, typeLegend } from "./common.js";

const CELL = 48; // px: events closer than this on screen share a cluster

function radius(ev) {
  return 6 + Math.min(18, Math.sqrt(ev.fatalities || 0) * 3);
}

function eventPopup(ev) {
  return h("div", { class: "popup" },
    h("div", null, typeChip(ev.type, ev.mode), " ", h("span", { class: "date" }, fmtDate(ev.date || ev.published))),
    h("div", { class: "popup-who" }, actorName(ev.actor) || "?", " → ", actorName(ev.recipient) || "?"),
    ev.place ? h("div", { class: "muted" }, ev.place.name, ev.place.country ? ` (${ev.place.country})` : "") : null,
    ev.fatalities ? h("div", null, `${ev.fatalities} killed`) : null,
    h("p", { class: "sentence" }, ev.sentence),
    docLink(ev.doc_id, ev.id, "open the sentence in its document →"));
}

function clusterPopup(events) {
  return h("div", { class: "popup cluster-popup" },
    h("strong", null, `${events.length} events here`),
    h("ul", null, events.slice(0, 30).map((ev) => h("li", null, typeChip(ev.type), " ",
      fmtDate(ev.date || ev.published), " ", docLink(ev.doc_id, ev.id, ev.trigger || "open")))),
    events.length > 30 ? h("p", { class: "muted" }, `and ${events.length - 30} more`) : null);
}

function drawClusters(map, layer, events) {
  layer.clearLayers();
  const cells = new Map();
  for (const ev of events) {
    const point = map.latLngToLayerPoint([ev.place.lat, ev.place.lon]);
    const key = `${Math.floor(point.x / CELL)}:${Math.floor(point.y / CELL)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(ev);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const ev = group[0];
      L.circleMarker([ev.place.lat, ev.place.lon], {
        radius: radius(ev), color: "#fff", weight: 1.5, fillColor: typeColor(ev.type), fillOpacity: 0.85,
        className: "event-marker",
      }).bindPopup(eventPopup(ev), { maxWidth: 340 }).addTo(layer);
      continue;
    }
    const lat = group.reduce((a, ev) => a + ev.place.lat, 0) / group.length;
    const lon = group.reduce((a, ev) => a + ev.place.lon, 0) / group.length;
    const counts = {};
    for (const ev of group) counts[ev.type] = (counts[ev.type] || 0) + 1;
    const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const size = 26 + Math.min(24, Math.sqrt(group.length) * 4);
    const icon = L.divIcon({
      className: "cluster-icon",
      html: h("div", { class: "cluster", style: { "--c": typeColor(main), width: `${size}px`, height: `${size}px` } },
        String(group.length)),
      iconSize: [size, size],
    });
    const marker = L.marker([lat, lon], { icon, title: `${group.length} events`, keyboard: true }).addTo(layer);
    const samePlace = group.every((ev) => ev.place.id === group[0].place.id);
    if (samePlace || map.getZoom() >= map.getMaxZoom()) marker.bindPopup(clusterPopup(group), { maxWidth: 340 });
    else marker.on("click", () => map.fitBounds(L.latLngBounds(group.map((ev) => [ev.place.lat, ev.place.lon])).pad(0.3)));
  }
}

// Frame where most events are: a handful far away (a summit abroad) should not zoom the map
// out to the whole world. They stay on the map, one pan away.
function coreBounds(events) {
  const q = (values, f) => values[Math.min(values.length - 1, Math.max(0, Math.round(f * (values.length - 1))))];
  const lats = events.map((ev) => ev.place.lat).sort((a, b) => a - b);
  const lons = events.map((ev) => ev.place.lon).sort((a, b) => a - b);
  const cut = events.length >= 20 ? 0.1 : 0;
  return L.latLngBounds([q(lats, cut), q(lons, cut)], [q(lats, 1 - cut), q(lons, 1 - cut)]);
}

export async function render(container, route, alive) {
  const params = { ...pick(route.filters, EVENT_FILTERS), limit: 1000 };
  const [page, atlas] = await Promise.all([api("events", params), world()]);
  if (!alive()) return null;
  const located = page.items.filter((ev) => ev.place && ev.place.lat !== null && ev.place.lon !== null);
  const types = [...new Set(page.items.map((ev) => ev.type))].sort();

  const mapEl = h("div", { id: "map", class: "map", role: "region", "aria-label": "Map of events" });
  const side = h("aside", { class: "side" },
    h("h2", null, `${page.total} events`, h("small", { class: "muted" }, ` · ${located.length} with a place on the map`)),
    eventList(page.items.slice(0, 200), page.total));
  const legend = h("div", { class: "map-legend" }, h("strong", null, "Event type"), typeLegend(types),
    h("p", { class: "muted" }, "Circle size: fatalities. Numbers: grouped events (click to zoom)."));
  container.append(h("div", { class: "split" }, h("div", { class: "map-wrap" }, mapEl, legend), side));

  const map = L.map(mapEl, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas)");
  const countries = topojson.feature(atlas, atlas.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#ffffff", weight: 0.8, fillColor: "#d9dee4", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  if (located.length) {
    map.fitBounds(coreBounds(located).pad(0.8), { maxZoom: 5 });
  } else {
    map.setView([33, 68], 4);
  }
  const redraw = () => drawClusters(map, layer, located);
  map.on("zoomend", redraw);
  redraw();
  return () => map.remove();
}
