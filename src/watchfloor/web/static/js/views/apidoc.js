// A readable list of the API routes from /openapi.json (Swagger UI needs a CDN; this does not).
import { getJSON } from "../api.js";
import { h } from "../dom.js";

export async function render(container, _route, alive) {
  const spec = await getJSON("/openapi.json");
  if (!alive()) return null;
  const rows = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => p.name).join(", ");
      rows.push(h("tr", null, h("td", null, h("code", { class: `method m-${method}` }, method.toUpperCase())),
        h("td", null, h("code", null, path)), h("td", null, op.summary || ""), h("td", { class: "muted" }, params)));
    }
  }
  container.append(h("section", { class: "panel" },
    h("h1", null, `${spec.info.title} ${spec.info.version}`),
    h("p", null, spec.info.description || "", " The full description is at ", h("a", { href: "/openapi.json" }, "/openapi.json"),
      ". Writes need ", h("code", null, "Authorization: Bearer <token>"), " (", h("code", null, "watchfloor token create NAME"), ")."),
    h("table", { class: "table" }, h("thead", null, h("tr", null, ["Method", "Path", "Summary", "Parameters"].map((t) => h("th", null, t)))),
      h("tbody", null, rows))));
  return null;
}
