"""Gentle answers to an entry, in our own words: signs, validation, emotions.

Nothing here reads the text again: it works from the labels stored on the entry,
so the same reflections show on the page, in the API and after a key rotation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from turntoward.core.feelings import EMOTION_WORDS

# Framework section 1: one warm sentence per sign, never a verdict.
SIGN_REFLECTIONS: dict[str, str] = {
    "lonely_together": (
        "It sounds like you may feel alone even when you're together. "
        "That kind of loneliness is real, and it's worth naming."
    ),
    "unmet_needs": (
        "It sounds like something you shared may have been brushed aside. "
        "Wanting to be heard is a fair need, not too much to ask."
    ),
    "lack_of_affection": (
        "It sounds like small signs of warmth, a touch or a kind word, may be "
        "missing lately. Noticing what's missing matters."
    ),
    "walking_on_eggshells": (
        "It sounds like you may be holding your feelings back to keep the peace. "
        "Your feelings deserve room too."
    ),
    "partner_unavailable": (
        "It sounds like your partner may feel far away when you need them. "
        "Quiet distance can hurt as much as loud words."
    ),
}

VALIDATION = (
    "You may be talking yourself out of a feeling here. What you feel makes "
    "sense, and it is allowed to matter, just as it is."
)

SUGGEST_AT_MOST = 3
KEEP_AT_MOST = 5


def recognised(labels: Iterable[str]) -> list[str]:
    """Return the engine's labels we can show, best first, without repeats."""
    out: list[str] = []
    for label in labels:
        if label in EMOTION_WORDS and label not in out:
            out.append(label)
    return out[:KEEP_AT_MOST]


def word_list(words: Sequence[str]) -> str:
    """Join words the way people say them: "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def emotion_question(labels: Sequence[str]) -> str:
    """Return the gentle "does that fit?" question for suggested emotions."""
    words = [EMOTION_WORDS[label] for label in labels[:SUGGEST_AT_MOST]]
    if not words:
        return "What do you feel as you read this back? You can name it below."
    return f"It sounds like there may be {word_list(words)} here. Does that fit?"


@dataclass(frozen=True)
class Reflections:
    """What we say back to one entry."""

    signs: list[dict[str, str]] = field(default_factory=list)
    validation: str | None = None
    suggested: list[str] = field(default_factory=list)
    question: str = ""
    chosen: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the reflections as the API shows them."""
        return {
            "signs": self.signs,
            "self_invalidation": self.validation,
            "emotions": {
                "suggested": [
                    {"label": label, "word": EMOTION_WORDS[label]}
                    for label in self.suggested
                ],
                "question": self.question,
                "chosen": self.chosen,
            },
        }


def reflect(
    *,
    signs: Sequence[str],
    self_invalidation: bool,
    emotions: Sequence[str],
    chosen: Sequence[str] | None = None,
) -> Reflections:
    """Return the reflections for what was noticed in one entry."""
    suggested = [label for label in emotions if label in EMOTION_WORDS]
    suggested = suggested[:SUGGEST_AT_MOST]
    return Reflections(
        signs=[
            {"id": sign, "text": SIGN_REFLECTIONS[sign]}
            for sign in signs
            if sign in SIGN_REFLECTIONS
        ],
        validation=VALIDATION if self_invalidation else None,
        suggested=suggested,
        question=emotion_question(suggested),
        chosen=None if chosen is None else list(chosen),
    )
