// One colour per PLOVER event type, grouped by family: cooperation in blues and greens,
// verbal conflict in ambers, material conflict in reds and purples.
export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

export const TYPE_COLORS = {
  AGREE: "#1b7a8c",
  CONSULT: "#3a8fd6",
  SUPPORT: "#2b9d6b",
  CONCEDE: "#7bc4a4",
  COOPERATE: "#1f5fa8",
  AID: "#56b870",
  RETREAT: "#9fb6c9",
  REQUEST: "#d9b43c",
  ACCUSE: "#e38b2c",
  REJECT: "#c96f1d",
  THREATEN: "#d1542b",
  PROTEST: "#b98a4d",
  SANCTION: "#8e5aa8",
  MOBILIZE: "#a9446d",
  COERCE: "#7a3b8f",
  ASSAULT: "#c0262d",
};

export const FACTUALITY = ["asserted", "alleged", "future", "hypothetical", "negated", "historical", "generic"];

export function typeColor(type) {
  return TYPE_COLORS[type] || "#777";
}

export const HIGHLIGHT_KINDS = [
  { kind: "actor", label: "Actor" },
  { kind: "place", label: "Place" },
  { kind: "event", label: "Event trigger" },
  { kind: "claim", label: "Claim content" },
];
