"""`turntoward emotions`: tools for the emotion model (evaluate a labelled TSV)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .emotions import EmotionModelError, get_model

USAGE_EXIT = 2


class _TsvError(ValueError):
    """A line of the TSV is not in the GoEmotions format."""


def _read_tsv(path: Path, n_labels: int) -> tuple[list[str], np.ndarray]:
    """Read text<TAB>label ids<TAB>id lines into texts and a multi-hot matrix."""
    texts: list[str] = []
    rows: list[list[int]] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                raise _TsvError(f"line {number}: expected text<TAB>label ids")
            try:
                ids = [int(x) for x in parts[1].split(",") if x.strip()]
            except ValueError:
                raise _TsvError(f"line {number}: label ids must be integers") from None
            bad = [i for i in ids if not 0 <= i < n_labels]
            if bad:
                raise _TsvError(f"line {number}: label id {bad[0]} is out of range")
            texts.append(parts[0])
            rows.append(ids)
    if not texts:
        raise _TsvError("no labelled lines")
    labels = np.zeros((len(texts), n_labels), dtype=np.float32)
    for i, ids in enumerate(rows):
        labels[i, ids] = 1.0
    return texts, labels


def _evaluate(args: argparse.Namespace) -> int:
    """Print macro-F1 and per-label F1 of the shipped model on a TSV."""
    path = Path(args.path)
    if not path.is_file():
        print(f"turntoward emotions: no such file: {path}", file=sys.stderr)
        return USAGE_EXIT
    try:
        model = get_model()
    except EmotionModelError as exc:
        print(f"turntoward emotions: {exc}", file=sys.stderr)
        return 1
    try:
        texts, truth = _read_tsv(path, len(model.labels))
    except FileNotFoundError:
        print(f"turntoward emotions: no such file: {path}", file=sys.stderr)
        return USAGE_EXIT
    except (OSError, UnicodeDecodeError, _TsvError) as exc:
        print(f"turntoward emotions: cannot read {path}: {exc}", file=sys.stderr)
        return USAGE_EXIT
    pred = (model.scores(texts) >= model.thresholds).astype(np.float32)
    tp = (truth * pred).sum(0)
    fp = ((1 - truth) * pred).sum(0)
    fn = (truth * (1 - pred)).sum(0)
    denom = 2 * tp + fp + fn
    f1 = np.where(denom > 0, 2 * tp / np.maximum(denom, 1e-9), 0.0)
    support = truth.sum(0)
    # Labels absent from the file and never predicted have no defined F1;
    # macro-F1 averages over labels that occur in the file.
    present = support > 0
    macro = float(f1[present].mean()) if present.any() else 0.0
    per_label = {
        name: {"f1": round(float(f1[j]), 4), "support": int(support[j])}
        for j, name in enumerate(model.labels)
    }
    if args.json:
        out = {
            "file": str(path),
            "texts": len(texts),
            "backend": model.backend,
            "macro_f1": round(macro, 4),
            "labels_in_file": int(present.sum()),
            "per_label": per_label,
        }
        print(json.dumps(out, indent=2))
        return 0
    print(f"{path}: {len(texts)} texts, runtime {model.backend}")
    print(f"macro-F1 {macro:.4f} over {int(present.sum())} labels present in the file")
    print(f"{'label':<16} {'F1':>6} {'support':>8}")
    for name, row in per_label.items():
        print(f"{name:<16} {row['f1']:>6.3f} {row['support']:>8}")
    return 0


def main(argv: list[str]) -> int:
    """Run `turntoward emotions` with argv (the words after `emotions`)."""
    parser = argparse.ArgumentParser(
        prog="turntoward emotions", description="Emotion model tools."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser(
        "evaluate", help="macro-F1 and per-label F1 on a GoEmotions-format TSV"
    )
    ev.add_argument("path", help="TSV: text<TAB>comma-separated label ids<TAB>id")
    ev.add_argument("--json", action="store_true", help="print JSON")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else USAGE_EXIT
    return _evaluate(args)
