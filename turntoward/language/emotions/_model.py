"""Load the emotion artifact and run it with NumPy or ONNX Runtime."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ._onnx_weights import OnnxFormatError, read_initializers
from ._tokenizer import WordPieceTokenizer

F32 = npt.NDArray[np.float32]
MODEL_FILE = "emotions.onnx"
VOCAB_FILE = "vocab.txt"
META_FILE = "emotions.json"
REBUILD = "python scripts/train_emotions.py"
BACKEND_ENV = "TURNTOWARD_EMOTIONS_BACKEND"
_BATCH = 32
_LAYER_ROLES = (
    "q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "o.w", "o.b", "ln1.g", "ln1.b",
    "i.w", "i.b", "out.w", "out.b", "ln2.g", "ln2.b",
)  # fmt: skip
_TOP_ROLES = ("word", "pos", "type", "emb_ln.g", "emb_ln.b", "head.w", "head.b")


class EmotionModelError(RuntimeError):
    """The emotion model's artifact is missing, corrupt or unusable."""


def _fail(path: Path, problem: str) -> EmotionModelError:
    """Build an error that names the file and how to rebuild it."""
    return EmotionModelError(
        f"emotion model file {path} {problem}; rebuild the artifact with "
        f"`{REBUILD}` (from the repository root) or reinstall turntoward"
    )


def _layer_norm(x: F32, gamma: F32, beta: F32, eps: float) -> F32:
    """Normalise the last axis, then scale and shift."""
    mean = x.mean(-1, keepdims=True)
    x = x - mean
    var = (x * x).mean(-1, keepdims=True)
    x *= 1.0 / np.sqrt(var + eps)
    x *= gamma
    x += beta
    return x


def _gelu(x: F32) -> F32:
    """Apply GELU in place (tanh form: within 1e-3 of erf, and much faster)."""
    t = x * x
    t *= x
    t *= 0.044715
    t += x
    t *= np.float32(0.7978845608028654)
    np.tanh(t, out=t)
    t += 1.0
    t *= 0.5
    x *= t
    return x


class _NumpyEncoder:
    """The MiniLM encoder, mean pooling and head, in NumPy (float32)."""

    def __init__(self, weights: dict[str, F32], word: Any, meta: dict[str, Any]):
        arch = meta["architecture"]
        self.heads = int(arch["heads"])
        self.eps = float(arch["layer_norm_eps"])
        self.layers = int(arch["layers"])
        self.word_q, self.word_scale, self.word_zero = word
        self.pos = weights["pos"] + weights["type"][0]  # token type is always 0
        self.w = weights
        # One matmul for Q, K and V is faster than three.
        self.qkv = [
            (
                np.ascontiguousarray(
                    np.concatenate([weights[f"{i}.{r}.w"] for r in "qkv"], axis=1)
                ),
                np.concatenate([weights[f"{i}.{r}.b"] for r in "qkv"]),
            )
            for i in range(self.layers)
        ]

    def __call__(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> F32:
        """Return sigmoid probabilities for a padded batch."""
        w = self.w
        batch, width = ids.shape
        hidden = self.pos.shape[1]
        dim = hidden // self.heads
        x = (self.word_q[ids].astype(np.float32) - self.word_zero) * self.word_scale
        x += self.pos[:width]
        x = _layer_norm(
            x.reshape(batch * width, hidden), w["emb_ln.g"], w["emb_ln.b"], self.eps
        )
        bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(dim))
        for i in range(self.layers):
            wqkv, bqkv = self.qkv[i]
            qkv = x @ wqkv
            qkv += bqkv
            qkv5 = qkv.reshape(batch, width, 3, self.heads, dim).transpose(
                2, 0, 3, 1, 4
            )
            scores = (qkv5[0] * scale) @ qkv5[1].transpose(0, 1, 3, 2)
            scores += bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            ctx = (
                (scores @ qkv5[2]).transpose(0, 2, 1, 3).reshape(batch * width, hidden)
            )
            attn = ctx @ w[f"{i}.o.w"]
            attn += w[f"{i}.o.b"]
            attn += x
            x = _layer_norm(attn, w[f"{i}.ln1.g"], w[f"{i}.ln1.b"], self.eps)
            inner = x @ w[f"{i}.i.w"]
            inner += w[f"{i}.i.b"]
            out = _gelu(inner) @ w[f"{i}.out.w"]
            out += w[f"{i}.out.b"]
            out += x
            x = _layer_norm(out, w[f"{i}.ln2.g"], w[f"{i}.ln2.b"], self.eps)
        m = mask.astype(np.float32)[:, :, None]
        pooled = (x.reshape(batch, width, hidden) * m).sum(1) / np.maximum(
            m.sum(1), 1e-9
        )
        logits = pooled @ w["head.w"] + w["head.b"]
        probs: F32 = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return probs


def _load_numpy(path: Path, data: bytes, meta: dict[str, Any]) -> _NumpyEncoder:
    """Dequantize the ONNX file's weights into a NumPy encoder."""
    roles = meta["weights"]
    needed = list(_TOP_ROLES) + [
        f"{i}.{r}"
        for i in range(int(meta["architecture"]["layers"]))
        for r in _LAYER_ROLES
    ]
    missing = [r for r in needed if r not in roles]
    if missing:
        raise _fail(path.with_name(META_FILE), f"lacks weight roles {missing[:3]}")
    names: set[str] = set()
    for role in needed:
        spec = roles[role]
        names.update(
            n for n in (spec["name"], spec.get("scale"), spec.get("zero_point")) if n
        )
    try:
        raw = read_initializers(data, names)
    except OnnxFormatError as exc:
        raise _fail(path, f"is corrupt ({exc})") from exc

    def parts(role: str) -> tuple[Any, Any, Any]:
        spec = roles[role]
        q = raw[spec["name"]]
        scale = raw[spec["scale"]].astype(np.float32) if spec.get("scale") else None
        zero = (
            raw[spec["zero_point"]].astype(np.float32)
            if spec.get("zero_point")
            else None
        )
        return q, scale, zero

    weights: dict[str, F32] = {}
    for role in needed:
        if role == "word":
            continue
        q, scale, zero = parts(role)
        value = q.astype(np.float32)
        if scale is not None:
            value = (value - (zero if zero is not None else 0.0)) * scale
        if roles[role].get("transpose"):
            value = value.T
        weights[role] = np.ascontiguousarray(value, dtype=np.float32)
    q, scale, zero = parts("word")
    word = (
        q,
        np.float32(1.0) if scale is None else scale,
        np.float32(0.0) if zero is None else zero,
    )
    return _NumpyEncoder(weights, word, meta)


def _load_onnxruntime(path: Path) -> Callable[[Any, Any], F32]:
    """Open the ONNX file in an ONNX Runtime session."""
    import onnxruntime as ort  # type: ignore[import-untyped,import-not-found,unused-ignore]

    opts = ort.SessionOptions()
    try:
        session = ort.InferenceSession(
            str(path), opts, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # ORT raises its own, unexported exception types
        raise _fail(path, f"could not be opened by ONNX Runtime ({exc})") from exc

    def run(ids: Any, mask: Any) -> F32:
        out = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return np.asarray(out, dtype=np.float32)

    return run


def choose_backend(requested: str | None = None) -> str:
    """Pick 'onnxruntime' when it is installed (faster), else 'numpy'."""
    choice = (requested or os.environ.get(BACKEND_ENV, "auto")).strip().lower()
    if choice in ("numpy", "onnxruntime"):
        return choice
    try:
        import onnxruntime  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        return "numpy"
    return "onnxruntime"


class EmotionModel:
    """A loaded emotion model: tokenizer, network, labels and thresholds."""

    def __init__(self, directory: Path, backend: str | None = None) -> None:
        """Load the artifact in directory; raise EmotionModelError if unusable."""
        directory = Path(directory)
        meta_path = directory / META_FILE
        model_path = directory / MODEL_FILE
        vocab_path = directory / VOCAB_FILE
        for p in (meta_path, model_path, vocab_path):
            if not p.is_file():
                raise _fail(p, "is missing")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            self.labels: tuple[str, ...] = tuple(str(x) for x in meta["labels"])
            self.max_len = int(meta["max_len"])
            self.backend = choose_backend(backend)
            thresholds = meta["thresholds"][self.backend]
            self.thresholds: F32 = np.asarray(thresholds, dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise _fail(meta_path, f"is corrupt ({exc!r})") from exc
        if len(self.labels) == 0 or self.thresholds.shape != (len(self.labels),):
            raise _fail(meta_path, "has labels and thresholds that do not match")
        try:
            vocab = vocab_path.read_text(encoding="utf-8").split("\n")
            if vocab and vocab[-1] == "":
                vocab.pop()
            self.tokenizer = WordPieceTokenizer(vocab, self.max_len)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _fail(vocab_path, f"is corrupt ({exc})") from exc
        self._run: Callable[[Any, Any], F32]
        if self.backend == "onnxruntime":
            self._run = _load_onnxruntime(model_path)
        else:
            try:
                self._run = _load_numpy(model_path, model_path.read_bytes(), meta)
            except (KeyError, TypeError, ValueError) as exc:
                raise _fail(model_path, f"does not fit {META_FILE} ({exc!r})") from exc
        # A forward pass now turns a subtly broken artifact into a clear error.
        try:
            probe = self.scores(["thank you, this is good"])
        except Exception as exc:
            raise _fail(model_path, f"failed a test prediction ({exc!r})") from exc
        if probe.shape != (1, len(self.labels)) or not np.isfinite(probe).all():
            raise _fail(model_path, "gives outputs that do not match its labels")

    def scores(self, texts: Sequence[str]) -> F32:
        """Return an (n, labels) array of probabilities; 0 for texts with no words."""
        encoded = [
            self.tokenizer.encode(t) if isinstance(t, str) else [] for t in texts
        ]
        out = np.zeros((len(encoded), len(self.labels)), dtype=np.float32)
        unk = self.tokenizer.unk_id
        # Texts without a single known word piece (empty, emoji-only) are not
        # guessed at: the model would only echo its priors.
        live = [i for i, ids in enumerate(encoded) if any(t != unk for t in ids[1:-1])]
        live.sort(key=lambda i: len(encoded[i]))
        for start in range(0, len(live), _BATCH):
            idx = live[start : start + _BATCH]
            width = max(len(encoded[i]) for i in idx)
            ids = np.full((len(idx), width), self.tokenizer.pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1
            out[idx] = self._run(ids, mask)
        return out

    def predict(self, texts: Sequence[str]) -> list[list[str]]:
        """Return, per text, the labels above their threshold, best first."""
        probs = self.scores(texts)
        result: list[list[str]] = []
        for row in probs:
            above = np.nonzero(row >= self.thresholds)[0]
            order = sorted(above, key=lambda j: -float(row[j]))
            result.append([self.labels[j] for j in order])
        return result
