"""Propositions: the contested statements claims are about, and each claim's side.

`PropositionMatcher.assign(claims)` embeds each claim's content (MiniLM, see
`watchfloor.nlp.embeddings`) and compares it with every proposition's text and paraphrases
from `analyze/data/propositions.yaml` (plus the user's own file named by the environment
variable `WATCHFLOOR_PROPOSITIONS`). The best proposition above the threshold wins.

The side is worked out in three steps, because embeddings barely notice negation:

1. the side of the closest paraphrase (`for` or `against`, as written in the data file);
2. flipped when exactly one of (claim content, paraphrase) is negated — "no group may use
   Afghan soil" is then *against* "Afghan territory is used to attack Pakistan";
3. flipped again when the cue itself denies its content ("denied that Afghan soil was used").

`propose_new` clusters claims that match no proposition, so recurring new disputes can be
suggested to an analyst (`watchfloor propositions suggest`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from watchfloor.records import ClaimRecord

DATA_PATH = Path(__file__).parent / "data" / "propositions.yaml"
ENV_VAR = "WATCHFLOOR_PROPOSITIONS"
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|nobody|none|nothing|neither|nor|no-one|cannot)\b|n't\b", re.IGNORECASE
)


class PropositionFileError(ValueError):
    """A propositions file is unreadable or does not follow the schema."""


@dataclass
class Proposition:
    id: str
    text: str
    paraphrases_for: list[str] = field(default_factory=list)
    paraphrases_against: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)


def is_negated_text(text: str) -> bool:
    """Lexical negation test for short statements (paraphrases, claim contents)."""
    return bool(_NEGATION_RE.search(text))


def _load_file(path: Path) -> tuple[dict[str, Any], list[Proposition]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PropositionFileError(f"{path}: cannot read propositions: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("propositions"), list):
        raise PropositionFileError(f"{path}: expected a mapping with a 'propositions' list")
    props = []
    for n, item in enumerate(raw["propositions"], 1):
        where = f"{path}: proposition #{n}"
        if not isinstance(item, dict):
            raise PropositionFileError(f"{where}: must be a mapping")
        pid, text = item.get("id"), item.get("text")
        if not isinstance(pid, str) or not _ID_RE.match(pid):
            raise PropositionFileError(f"{where}: 'id' must be a slug like 'taliban-shelter-ttp'")
        if not isinstance(text, str) or not text.strip():
            raise PropositionFileError(f"{where} ({pid}): 'text' must be a non-empty sentence")
        lists = {}
        for key in ("for", "against", "keywords", "actors"):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PropositionFileError(f"{where} ({pid}): '{key}' must be a list of strings")
            lists[key] = value
        unknown = set(item) - {"id", "text", "for", "against", "keywords", "actors"}
        if unknown:
            raise PropositionFileError(f"{where} ({pid}): unknown field(s) {sorted(unknown)}")
        props.append(
            Proposition(
                id=pid,
                text=text.strip(),
                paraphrases_for=lists["for"],
                paraphrases_against=lists["against"],
                keywords=[k.lower() for k in lists["keywords"]],
                actors=lists["actors"],
            )
        )
    settings = {
        k: raw[k]
        for k in ("version", "threshold", "keyword_bonus", "keyword_free_margin", "anaphora_nouns")
        if k in raw
    }
    for key in ("threshold", "keyword_bonus", "keyword_free_margin"):
        if key in settings and not isinstance(settings[key], int | float):
            raise PropositionFileError(f"{path}: '{key}' must be a number")
    nouns = settings.get("anaphora_nouns", [])
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise PropositionFileError(f"{path}: 'anaphora_nouns' must be a list of words")
    return settings, props


class PropositionMatcher:
    """Assigns claims to propositions; load once, reuse for many documents."""

    def __init__(
        self,
        propositions: Iterable[Proposition],
        *,
        threshold: float = 0.52,
        keyword_bonus: float = 0.06,
        keyword_free_margin: float = 0.1,
        anaphora_nouns: Iterable[str] = (),
        version: str = "0",
    ) -> None:
        self.propositions = list(propositions)
        ids = [p.id for p in self.propositions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise PropositionFileError(f"duplicate proposition id(s): {', '.join(duplicates)}")
        self.by_id = {p.id: p for p in self.propositions}
        self.threshold = threshold
        self.keyword_bonus = keyword_bonus
        self.keyword_free_margin = keyword_free_margin
        words = sorted({n.lower() for n in anaphora_nouns})
        # "the accusation", "these claims", "Islamabad's allegation 'baseless'": a content
        # that only points back at an earlier claim.
        self._anaphora = (
            re.compile(
                r"^(?:the|this|that|these|those|such|its|their|his|her|[\w.'’-]+['’]s?)\s+"
                r"(?:[\w-]+\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                re.IGNORECASE,
            )
            if words
            else None
        )
        self.version = version
        self._matrix: np.ndarray | None = None
        self._rows: list[tuple[int, str, bool]] = []  # (proposition index, side, negated)
        self._deny_cue = None

    @classmethod
    def load(cls, path: str | Path | None = None) -> PropositionMatcher:
        settings, props = _load_file(Path(path) if path else DATA_PATH)
        version = str(settings.get("version", "0"))
        extra = os.environ.get(ENV_VAR)
        if extra:
            user_settings, user_props = _load_file(Path(extra))
            ids = {p.id for p in user_props}
            # The user's file overrides packaged propositions with the same id.
            props = [p for p in props if p.id not in ids] + user_props
            version += "+user" + str(user_settings.get("version", "0"))
        return cls(
            props,
            threshold=float(settings.get("threshold", 0.52)),
            keyword_bonus=float(settings.get("keyword_bonus", 0.06)),
            keyword_free_margin=float(settings.get("keyword_free_margin", 0.1)),
            anaphora_nouns=settings.get("anaphora_nouns", []),
            version=version,
        )

    # ------------------------------------------------------------------ matching
    def _ensure_matrix(self) -> np.ndarray:
        if self._matrix is None:
            from watchfloor.nlp.embeddings import embed

            texts, rows = [], []
            for i, p in enumerate(self.propositions):
                for side, sentences in (
                    ("for", [p.text, *p.paraphrases_for]),
                    ("against", p.paraphrases_against),
                ):
                    for sentence in sentences:
                        texts.append(sentence)
                        rows.append((i, side, is_negated_text(sentence)))
            self._matrix = embed(texts)
            self._rows = rows
        return self._matrix

    def _is_deny_cue(self, cue: str) -> bool:
        if self._deny_cue is None:
            from watchfloor.extract.claims import ClaimLexicon

            self._deny_cue = ClaimLexicon.load().is_deny_cue
        return self._deny_cue(cue)

    def scores(self, texts: list[str]) -> np.ndarray:
        """(len(texts), n_propositions) best similarity of each text to each proposition,
        keyword bonus/margin applied."""
        from watchfloor.nlp.embeddings import embed

        return self._scores_from(embed(texts) @ self._ensure_matrix().T, texts)

    def _scores_from(self, sims: np.ndarray, texts: list[str]) -> np.ndarray:
        out = np.full((len(texts), len(self.propositions)), -1.0, dtype=np.float32)
        for col, (pi, _, _) in enumerate(self._rows):
            out[:, pi] = np.maximum(out[:, pi], sims[:, col])
        for pi, p in enumerate(self.propositions):
            if not p.keywords:
                continue
            for ti, text in enumerate(texts):
                low = text.lower()
                if any(k in low for k in p.keywords):
                    out[ti, pi] += self.keyword_bonus
                else:
                    out[ti, pi] -= self.keyword_free_margin
        return out

    @staticmethod
    def claim_text(claim: ClaimRecord) -> str:
        # Very short contents ("involvement in the attack") say little on their own; the
        # sentence carries the missing subject/object.
        return claim.content if len(claim.content.split()) >= 5 else claim.sentence

    def is_anaphoric(self, claim: ClaimRecord) -> bool:
        """Whether the content only names an earlier claim ("rejected the accusation")."""
        if self._anaphora is None:
            return False
        content = claim.content.strip(" \"'“”‘’")
        return len(content.split()) <= 6 and self._anaphora.match(content) is not None

    def assign(self, claims: list[ClaimRecord]) -> None:
        """Set `proposition_id` and `polarity` on each claim in place (None when no match).

        `claims` should be one document's claims in text order: a claim that only points
        back at an earlier one takes the proposition of the closest earlier matched claim.
        """
        if not claims or not self.propositions:
            return
        from watchfloor.nlp.embeddings import embed

        matrix = self._ensure_matrix()
        texts = [self.claim_text(c) for c in claims]
        sims = embed(texts) @ matrix.T
        scores = self._scores_from(sims, texts)
        previous: str | None = None
        for ci, claim in enumerate(claims):
            if self.is_anaphoric(claim) and previous is not None:
                # The side of "rejected the accusation" is the cue's alone: the embedding
                # of "the accusation" says nothing about which way it points.
                claim.proposition_id = previous
                claim.polarity = "against" if claim.stance == "deny" else "for"
                continue
            best = int(np.argmax(scores[ci]))
            if scores[ci, best] < self.threshold:
                claim.proposition_id = None
                claim.polarity = None
                continue
            cols = [k for k, row in enumerate(self._rows) if row[0] == best]
            col = max(cols, key=lambda k: sims[ci, k])
            _, side, para_negated = self._rows[col]
            claim.proposition_id = self.propositions[best].id
            if self.is_anaphoric(claim):
                claim.polarity = "against" if claim.stance == "deny" else "for"
            else:
                claim.polarity = self.polarity(claim, side, para_negated)
            previous = claim.proposition_id

    def polarity(self, claim: ClaimRecord, side: str, paraphrase_negated: bool) -> str:
        cue_denies = self._is_deny_cue(claim.cue)
        # The extractor's stance already folds content negation with the cue; undo the cue
        # part to recover whether the content itself is negated.
        content_negated = (claim.stance == "deny") != cue_denies
        literal = side if content_negated == paraphrase_negated else _flip(side)
        return _flip(literal) if cue_denies else literal

    # ------------------------------------------------------------------ suggestions
    def propose_new(
        self, items: list[tuple[str, str]], *, distance: float = 0.45, min_size: int = 2
    ) -> list[list[str]]:
        """Cluster (claim id, content) pairs into groups that could become new propositions.

        Average-linkage agglomerative clustering on cosine distance, stopping when the two
        closest groups are further apart than `distance`; groups smaller than `min_size` are
        dropped. Largest groups first.
        """
        return cluster_texts(items, distance=distance, min_size=min_size)


def _flip(side: str) -> str:
    return "against" if side == "for" else "for"


def cluster_texts(
    items: list[tuple[str, str]], *, distance: float = 0.45, min_size: int = 2
) -> list[list[str]]:
    """Agglomerative (average-linkage) clustering of texts by embedding; returns id groups."""
    if not items:
        return []
    from watchfloor.nlp.embeddings import embed

    vectors = embed([text for _, text in items])
    return [[items[i][0] for i in group] for group in agglomerate(vectors, distance, min_size)]


def agglomerate(
    vectors: np.ndarray | None,
    distance: float,
    min_size: int = 1,
    *,
    similarity: np.ndarray | None = None,
) -> list[list[int]]:
    """Average-linkage clustering of normalised vectors (or of a given similarity matrix, in
    which -inf forbids a pair); groups of row indices."""
    sim = similarity if similarity is not None else vectors @ vectors.T
    n = len(sim)
    if n == 0:
        return []
    groups: list[list[int]] = [[i] for i in range(n)]
    # Pairwise average similarity between current groups, kept as a matrix.
    link = sim.astype(np.float64).copy()
    np.fill_diagonal(link, -np.inf)
    alive = list(range(n))
    while len(alive) > 1:
        sub = link[np.ix_(alive, alive)]
        flat = int(np.argmax(sub))
        a, b = divmod(flat, len(alive))
        if 1.0 - sub[a, b] > distance:
            break
        ga, gb = alive[a], alive[b]
        size_a, size_b = len(groups[ga]), len(groups[gb])
        merged = (link[ga] * size_a + link[gb] * size_b) / (size_a + size_b)
        link[ga, :] = merged
        link[:, ga] = merged
        link[ga, ga] = -np.inf
        link[gb, :] = -np.inf
        link[:, gb] = -np.inf
        groups[ga] = groups[ga] + groups[gb]
        alive.remove(gb)
    out = [sorted(groups[g]) for g in alive if len(groups[g]) >= min_size]
    return sorted(out, key=lambda g: (-len(g), g[0]))
