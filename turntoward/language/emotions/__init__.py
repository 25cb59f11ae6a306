"""Name the emotions in short English texts (GoEmotions' 27 emotions + neutral).

The model ships in `data/` and is loaded lazily, once per process, on the
first call. It runs with ONNX Runtime when that is installed and with plain
NumPy otherwise; PyTorch is never needed. Rebuild it with
`python scripts/train_emotions.py`.

    >>> predict(["Thank you so much, this made my day"])  # doctest: +SKIP
    [['gratitude', 'joy']]
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from ._model import BACKEND_ENV, EmotionModel, EmotionModelError

__all__ = [
    "BACKEND_ENV",
    "DATA_DIR",
    "EmotionModel",
    "EmotionModelError",
    "get_model",
    "labels",
    "load_model",
    "predict",
    "predict_scores",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

_lock = threading.Lock()
# Not named `_model`: that would shadow the submodule of the same name.
_shared: EmotionModel | None = None


def load_model(
    directory: Path | str = DATA_DIR, backend: str | None = None
) -> EmotionModel:
    """Load a model from directory now, bypassing the shared instance."""
    return EmotionModel(Path(directory), backend)


def get_model() -> EmotionModel:
    """Return the process-wide model, loading it on first use (thread-safe)."""
    global _shared
    model = _shared
    if model is None:
        with _lock:
            if _shared is None:
                _shared = load_model()
            model = _shared
    return model


def labels() -> tuple[str, ...]:
    """Return the model's label names, in output order."""
    return get_model().labels


def predict(texts: Sequence[str]) -> list[list[str]]:
    """Return, for each text, the emotion labels above threshold, best first."""
    if isinstance(texts, str):
        raise TypeError("predict() takes a sequence of texts, not one string")
    if not texts:
        return []
    return get_model().predict(texts)


def predict_scores(texts: Sequence[str]) -> list[dict[str, float]]:
    """Return, for each text, every label's probability (0 when no words)."""
    if isinstance(texts, str):
        raise TypeError("predict_scores() takes a sequence of texts, not one string")
    if not texts:
        return []
    model = get_model()
    return [
        {name: float(p) for name, p in zip(model.labels, row, strict=True)}
        for row in model.scores(texts)
    ]
