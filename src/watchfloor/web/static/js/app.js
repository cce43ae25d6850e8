import { api } from "./api.js";
import { EVENT_TYPES, FACTUALITY } from "./colors.js";
import { clear, fmtNum, h } from "./dom.js";
import { FILTER_KEYS, parseHash, setFilters } from "./state.js";
import * as actorView from "./views/actor.js";
import * as apiView from "./views/apidoc.js";
import * as claimsView from "./views/claims.js";
import * as documentsView from "./views/documents.js";
import * as mapView from "./views/map.js";
import * as networkView from "./views/network.js";
import * as timelineView from "./views/timeline.js";

const VIEWS = {
  map: mapView,
  timeline: timelineView,
  network: networkView,
  claims: claimsView,
  documents: documentsView,
  document: documentsView,
  actor: actorView,
  api: apiView,
};
// views reached from a tab keep that tab lit
const TAB_OF = { document: "documents", actor: "network" };

const viewEl = document.getElementById("view");
const form = document.getElementById("filters");
let renderCount = 0;
let cleanup = null;

function fillSelect(select, values) {
  for (const value of values) select.append(h("option", { value }, value));
}

function syncForm(filters) {
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    if (input) input.value = filters[key] || "";
  }
}

async function loadCounts() {
  const counts = document.getElementById("counts");
  try {
    const stats = await api("stats");
    clear(counts);
    for (const [key, label] of [["documents", "documents"], ["events", "events"], ["claims", "claims"],
      ["actors", "actors"], ["places", "places"], ["propositions", "propositions"]]) {
      counts.append(h("span", { class: "count", title: `${label} in the database` },
        h("b", null, fmtNum(stats[key])), ` ${label}`));
    }
  } catch (err) {
    clear(counts).append(h("span", { class: "error" }, `stats unavailable: ${err.message}`));
  }
}

async function loadActorOptions() {
  try {
    const page = await api("actors", { limit: 1000 });
    const list = document.getElementById("actor-options");
    for (const actor of page.items) list.append(h("option", { value: actor.id }, actor.name));
  } catch (_err) {
    // suggestions are a convenience; the filter still accepts typed ids and names
  }
}

async function route() {
  const current = parseHash();
  const view = VIEWS[current.view] ? current.view : "map";
  const module = VIEWS[view];
  syncForm(current.filters);
  for (const tab of document.querySelectorAll(".tabs a")) {
    tab.classList.toggle("active", tab.dataset.view === (TAB_OF[view] || view));
  }
  document.body.dataset.view = view;
  const token = ++renderCount;
  if (cleanup) {
    try {
      cleanup();
    } catch (_err) {
      // a view that fails to tear down must not block the next one
    }
    cleanup = null;
  }
  const container = clear(viewEl);
  container.append(h("p", { class: "muted loading" }, "Loading…"));
  try {
    const result = await module.render(container, current, () => token === renderCount);
    if (token !== renderCount) return;
    if (typeof result === "function") cleanup = result;
    container.querySelector(".loading")?.remove();
    document.body.dataset.ready = String(token);
  } catch (err) {
    if (token !== renderCount) return;
    clear(container).append(h("div", { class: "error-box" },
      h("strong", null, "Could not load this view. "), err.message || String(err)));
    document.body.dataset.ready = String(token);
  }
}

function init() {
  fillSelect(form.elements.namedItem("type"), EVENT_TYPES);
  fillSelect(form.elements.namedItem("factuality"), FACTUALITY);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const patch = {};
    for (const key of FILTER_KEYS) patch[key] = form.elements.namedItem(key).value.trim();
    if (patch.country) patch.country = patch.country.toUpperCase();
    setFilters(patch);
  });
  for (const name of ["type", "factuality", "since", "until"]) {
    form.elements.namedItem(name).addEventListener("change", () => form.requestSubmit());
  }
  document.getElementById("clear-filters").addEventListener("click", () => {
    setFilters(Object.fromEntries(FILTER_KEYS.map((key) => [key, ""])));
  });
  window.addEventListener("hashchange", route);
  loadCounts();
  loadActorOptions();
  route();
}

init();
