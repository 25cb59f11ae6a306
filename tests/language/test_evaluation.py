"""The issue's quality targets, on the dev set and on our own evaluation sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from turntoward.language import analyze_batch

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
# The shared dev set lives beside the repository (../shared/data).
DEV_SET = REPO.parent / "shared" / "data" / "language-dev.jsonl"

BOOL_TARGETS = {
    "harsh": ("f1", 0.90),
    "dismissive": ("f1", 0.85),
    "self_invalidation": ("f1", 0.85),
}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _score(items: list[dict[str, Any]]) -> dict[str, tuple[float, float, float]]:
    results = analyze_batch(
        [(i["text"], i["kind"], i.get("context")) for i in items], emotions=False
    )
    counts: dict[str, list[int]] = {}
    for item, result in zip(items, results, strict=True):
        labels = item["labels"]
        got_all = result.to_dict()
        for field in ("harsh", "dismissive", "self_invalidation", "crisis", "abuse"):
            if field in labels:
                want, got = bool(labels[field]), bool(got_all[field])
                c = counts.setdefault(field, [0, 0, 0])
                c[0] += want and got
                c[1] += got and not want
                c[2] += want and not got
        if "signs" in labels:
            want_s, got_s = set(labels["signs"]), set(result.signs)
            c = counts.setdefault("signs", [0, 0, 0])
            c[0] += len(want_s & got_s)
            c[1] += len(got_s - want_s)
            c[2] += len(want_s - got_s)
        if labels.get("harsh") or labels.get("dismissive"):
            c = counts.setdefault("suggestion", [0, 0, 0])
            c[0 if result.suggestion else 2] += 1
    return {k: _prf(*v) for k, v in counts.items()}


def _sets() -> list[Path]:
    return [DEV_SET, *sorted(DATA.glob("*.jsonl"))]


@pytest.mark.parametrize("path", _sets(), ids=lambda p: p.name)
def test_quality_targets(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    scores = _score(load_jsonl(path))
    for field, (_, target) in BOOL_TARGETS.items():
        if field in scores:
            assert scores[field][2] >= target, (field, scores[field])
    if "crisis" in scores:
        p, r, _ = scores["crisis"]
        assert r >= 0.98 and p >= 0.85, ("crisis", p, r)
    if "abuse" in scores:
        p, r, _ = scores["abuse"]
        assert r >= 0.90 and p >= 0.80, ("abuse", p, r)
    if "signs" in scores:
        assert scores["signs"][2] >= 0.75, scores["signs"]
    if "suggestion" in scores:
        assert scores["suggestion"][1] >= 0.95, scores["suggestion"]
