// Pieces several views share: event rows, claim rows, type legend and chips.
import { typeColor } from "../colors.js";
import { actorName, empty, fmtDate, fmtNum, h } from "../dom.js";
import { link } from "../state.js";

export function typeChip(type, mode) {
  return h("span", { class: "chip type", style: { "--c": typeColor(type) }, title: mode ? `${type} / ${mode}` : type },
    type, mode ? h("small", null, ` ${mode}`) : null);
}

export function factChip(value) {
  return value ? h("span", { class: `chip fact fact-${value}` }, value) : null;
}

export function hedgedChip(hedged) {
  return hedged ? h("span", { class: "chip hedged", title: "marked uncertain (reportedly, allegedly…)" }, "hedged") : null;
}

export function actorLink(ref) {
  if (!ref) return h("span", { class: "muted" }, "—");
  const name = actorName(ref);
  if (ref.id) return h("a", { href: link("actor", ref.id), class: "actor-link", title: ref.text || name }, name);
  return h("span", { class: "unlinked", title: "not linked to a known actor" }, name);
}

// The sentence with the span of interest marked; offsets are document offsets.
export function sentenceWithMark(sentence, sentenceSpan, span) {
  if (!sentence) return h("span", null, "");
  const base = sentenceSpan ? sentenceSpan[0] : 0;
  const start = span ? span[0] - base : -1;
  const end = span ? span[1] - base : -1;
  if (start < 0 || end > sentence.length || start >= end) return h("span", null, sentence);
  return h("span", null, sentence.slice(0, start), h("mark", null, sentence.slice(start, end)), sentence.slice(end));
}

export function docLink(docId, highlightId, label = "open in document") {
  return h("a", { href: link("document", String(docId), highlightId ? { hl: highlightId } : null), class: "doc-link" }, label);
}

export function eventRow(ev) {
  return h("li", { class: "event-row", dataset: { id: ev.id } },
    h("div", { class: "row-head" },
      typeChip(ev.type, ev.mode),
      h("span", { class: "date" }, fmtDate(ev.date || ev.published)),
      h("span", { class: "who" }, actorLink(ev.actor), " → ", actorLink(ev.recipient)),
      ev.place ? h("span", { class: "place" }, "in ", h("b", null, ev.place.name)) : null,
      ev.fatalities ? h("span", { class: "fatal", title: "fatalities" }, `${fmtNum(ev.fatalities)} killed`) : null,
      ev.injured ? h("span", { class: "injured", title: "injured" }, `+ ${fmtNum(ev.injured)} injured`) : null,
      factChip(ev.factuality)),
    h("p", { class: "sentence" }, sentenceWithMark(ev.sentence, ev.sentence_span, ev.span)),
    h("div", { class: "row-foot" }, h("span", { class: "muted" }, ev.source || ""), docLink(ev.doc_id, ev.id)));
}

export function eventList(events, total) {
  if (!events.length) return empty("No events match these filters.");
  const more = total > events.length ? h("p", { class: "muted" }, `Showing ${events.length} of ${fmtNum(total)}.`) : null;
  return h("div", null, h("ul", { class: "rows events" }, events.map(eventRow)), more);
}

export function claimRow(cl) {
  const polarity = cl.polarity ? h("span", { class: `chip pol-${cl.polarity}` }, cl.polarity === "for" ? "asserts" : "denies") : null;
  return h("li", { class: "claim-row", dataset: { id: cl.id } },
    h("div", { class: "row-head" },
      h("span", { class: "date" }, fmtDate(cl.published)),
      actorLink(cl.speaker),
      h("span", { class: "cue" }, cl.cue || ""),
      h("span", { class: `chip stance-${cl.stance}` }, cl.stance),
      hedgedChip(cl.hedged),
      factChip(cl.factuality), polarity),
    h("blockquote", { class: "quote" }, cl.content),
    cl.proposition ? h("div", { class: "prop-ref" }, "on: ",
      h("a", { href: link("claims", cl.proposition.id) }, cl.proposition.text || cl.proposition.id)) : null,
    h("div", { class: "row-foot" }, h("span", { class: "muted" }, cl.source || ""), docLink(cl.doc_id, cl.id)));
}

export function claimList(claims, message = "No claims match these filters.") {
  if (!claims.length) return empty(message);
  return h("ul", { class: "rows claims" }, claims.map(claimRow));
}

export function typeLegend(types) {
  return h("ul", { class: "legend" }, types.map((t) =>
    h("li", null, h("span", { class: "swatch", style: { background: typeColor(t) } }), t)));
}

export const EVENT_FILTERS = ["q", "type", "actor", "country", "since", "until", "factuality"];
