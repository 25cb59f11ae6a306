"""The words we show for the emotion model's labels, shared by every page."""

from __future__ import annotations

# GoEmotions labels (the engine's vocabulary) as the words we show; "neutral"
# is not a feeling to suggest, so it is left out.
EMOTION_WORDS: dict[str, str] = {
    "admiration": "admiration",
    "amusement": "amusement",
    "anger": "anger",
    "annoyance": "annoyance",
    "approval": "approval",
    "caring": "care",
    "confusion": "confusion",
    "curiosity": "curiosity",
    "desire": "longing",
    "disappointment": "disappointment",
    "disapproval": "disapproval",
    "disgust": "disgust",
    "embarrassment": "embarrassment",
    "excitement": "excitement",
    "fear": "fear",
    "gratitude": "gratitude",
    "grief": "grief",
    "joy": "joy",
    "love": "love",
    "nervousness": "nervousness",
    "optimism": "hope",
    "pride": "pride",
    "realization": "a realisation",
    "relief": "relief",
    "remorse": "regret",
    "sadness": "sadness",
    "surprise": "surprise",
}
EMOTION_LABELS: tuple[str, ...] = tuple(EMOTION_WORDS)


def feeling_word(label: str) -> str:
    """Return the everyday word we show for an emotion label."""
    return EMOTION_WORDS.get(label, label)
