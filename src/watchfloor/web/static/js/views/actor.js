// One actor: identity, aliases, family, and everything it did, suffered, said or was said about.
import { api } from "../api.js";
import { fmtNum, h } from "../dom.js";
import { link } from "../state.js";
import { claimList, eventList } from "./common.js";

function fact(label, value) {
  return value === null || value === undefined || value === "" ? null : [h("dt", null, label), h("dd", null, value)];
}

// The knowledge base's country codes and aim names, shown as plain text (absent when empty).
function listText(values) {
  return values && values.length ? values.join(", ") : null;
}

export async function render(container, route, alive) {
  const actor = await api(`actors/${encodeURIComponent(route.arg || "")}`);
  if (!alive()) return null;
  const wikidata = actor.wikidata
    ? h("a", { href: `https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidata)}`, rel: "noopener noreferrer", target: "_blank" }, actor.wikidata)
    : null;
  container.append(
    h("section", { class: "panel actor-head" },
      h("p", { class: "crumbs" }, h("a", { href: link("network") }, "Actor network"), " / actor"),
      h("h1", null, actor.name, " ", h("small", { class: "muted" }, actor.id)),
      h("dl", { class: "facts" },
        fact("Sector", actor.sector), fact("Country", actor.country), fact("Kind", actor.kind),
        fact("Mentions", fmtNum(actor.mention_count)), fact("Wikidata", wikidata),
        fact("Part of", actor.parent ? h("a", { href: link("actor", actor.parent) }, actor.parent) : null),
        fact("Merged into", actor.merged_into ? h("a", { href: link("actor", actor.merged_into) }, actor.merged_into) : null),
        fact("Aliases", actor.aliases.length ? h("span", { class: "aliases" }, actor.aliases.map((a) => h("span", { class: "chip" }, a))) : null),
        fact("Based in", listText(actor.based_in)), fact("Aims", listText(actor.aims)),
        fact("Opposes", listText(actor.opposes)),
        fact("Units", actor.children.length ? h("span", null, actor.children.map((c) => h("a", { href: link("actor", c.id), class: "chip" }, c.name))) : null),
        actor.provisional ? fact("Status", "provisional (found in text, not in the curated knowledge base)") : null)),
    h("div", { class: "three" },
      h("section", { class: "panel" }, h("h2", null, `Events (${actor.events.length})`), eventList(actor.events, actor.events.length)),
      h("section", { class: "panel" }, h("h2", null, `Claims made (${actor.claims_made.length})`), claimList(actor.claims_made, "No claims by this actor.")),
      h("section", { class: "panel" }, h("h2", null, `Claims about it (${actor.claims_about.length})`), claimList(actor.claims_about, "No claims about this actor."))));
  return null;
}
