"""Two small linear models (harsh, dismissive) that generalise the rules.

The weights in model.json are trained by scripts/train_language_model from
our own example sets. Features are lower-cased words and word pairs; the
score is a logistic regression, so a prediction is a handful of dict lookups.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib import resources

_TOKEN = re.compile(r"[a-z']+|[^\sa-z0-9']")
# Longer texts are scored on their start: the models were fitted on short
# messages, and this keeps the cost bounded.
MAX_CHARS = 2000


@lru_cache(maxsize=64)
def features(text: str) -> frozenset[str]:
    """Return the word and word-pair features of `text`, cached across models."""
    tokens = _TOKEN.findall(text[:MAX_CHARS].lower().replace("\u2019", "'"))
    pairs = (f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return frozenset((*tokens, *pairs))


@cache
def _load() -> dict[str, tuple[float, dict[str, float]]]:
    """Read model.json once."""
    raw = json.loads(
        resources.files(__package__).joinpath("model.json").read_text("utf-8")
    )
    return {
        name: (float(spec["bias"]), {k: float(v) for k, v in spec["weights"].items()})
        for name, spec in raw.items()
    }


def probability(name: str, text: str) -> float:
    """Return the model's probability that `text` is `name` (harsh, dismissive)."""
    bias, weights = _load()[name]
    z = bias + sum(weights.get(f, 0.0) for f in features(text))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
