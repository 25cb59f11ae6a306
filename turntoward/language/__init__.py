"""TurnToward's language engine: pure Python, offline, deterministic.

>>> from turntoward.language import analyze
>>> analyze("You never ask about my day", kind="message").harsh
True
"""

from __future__ import annotations

from .engine import PIPELINE, analyze, analyze_batch
from .types import KINDS, SIGN_IDS, Analysis, AnalysisInputError, Span

__all__ = [
    "KINDS",
    "PIPELINE",
    "SIGN_IDS",
    "Analysis",
    "AnalysisInputError",
    "Span",
    "analyze",
    "analyze_batch",
]
