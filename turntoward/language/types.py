"""Result types of the language engine: spans, analyses, and input errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS: frozenset[str] = frozenset({"message", "reply", "journal"})
SIGN_IDS: tuple[str, ...] = (
    "lonely_together",
    "unmet_needs",
    "lack_of_affection",
    "walking_on_eggshells",
    "partner_unavailable",
)


class AnalysisInputError(ValueError):
    """Raised when `analyze` is given input it cannot read (e.g. an unknown kind)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Characters of the text that triggered one finding, and why."""

    start: int
    end: int
    label: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        """Return the span as the contract's JSON object."""
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the engine noticed in one text (see the analysis contract)."""

    harsh: bool = False
    dismissive: bool = False
    self_invalidation: bool = False
    crisis: bool = False
    abuse: bool = False
    signs: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    spans: tuple[Span, ...] = field(default=())
    suggestion: str | None = None

    def to_dict(self, id: str | None = None) -> dict[str, Any]:
        """Return the analysis as the contract's JSON object, with `id` first."""
        out: dict[str, Any] = {} if id is None else {"id": id}
        out.update(
            harsh=self.harsh,
            dismissive=self.dismissive,
            self_invalidation=self.self_invalidation,
            crisis=self.crisis,
            abuse=self.abuse,
            signs=list(self.signs),
            emotions=list(self.emotions),
            spans=[s.to_dict() for s in self.spans],
            suggestion=self.suggestion,
        )
        return out
