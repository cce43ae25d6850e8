// The view and the shared filters live in the URL hash (#/view/arg?q=…&type=…), so any view
// can be bookmarked or sent to a colleague exactly as it is on screen.

export const FILTER_KEYS = ["q", "type", "actor", "country", "since", "until", "factuality"];

export function parseHash(hash = window.location.hash) {
  const raw = hash.replace(/^#/, "");
  const [pathPart, queryPart = ""] = raw.split("?");
  const parts = pathPart.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(queryPart);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const extra = {};
  for (const [key, value] of params) if (!FILTER_KEYS.includes(key)) extra[key] = value;
  return { view: parts[0] || "map", arg: parts.slice(1).join("/") || null, filters, extra };
}

export function buildHash(view, arg, filters, extra) {
  const path = "#/" + [view, arg].filter(Boolean).map(encodeURIComponent).join("/");
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters && filters[key]) params.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra || {})) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

// A link to another view that keeps the current filters.
export function link(view, arg, extra) {
  return buildHash(view, arg, parseHash().filters, extra);
}

export function setFilters(patch) {
  const current = parseHash();
  const filters = { ...current.filters, ...patch };
  for (const key of Object.keys(filters)) if (!filters[key]) delete filters[key];
  const target = buildHash(current.view, current.arg, filters, current.extra);
  if (target !== window.location.hash) window.location.hash = target;
}

// Only the parameters a given endpoint understands, with API names.
export function pick(filters, keys) {
  const out = {};
  for (const key of keys) if (filters[key]) out[key] = filters[key];
  return out;
}
