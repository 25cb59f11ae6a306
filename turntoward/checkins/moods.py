"""Our own feeling words, each placed by energy and pleasantness (-2 … 2).

The words are grouped so a person can move past "fine": first pick the area
(lively or calm, pleasant or hard), then the word that fits best.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mood:
    """One feeling word and where it sits."""

    word: str
    energy: int
    pleasantness: int

    @property
    def group(self) -> str:
        """Return the key of the picker group this word belongs to."""
        if self.pleasantness == 0:
            return "mixed"
        lively = self.energy > 0
        if self.pleasantness > 0:
            return "bright" if lively else "calm"
        return "tense" if lively else "low"

    def to_dict(self) -> dict[str, object]:
        return {
            "word": self.word,
            "energy": self.energy,
            "pleasantness": self.pleasantness,
        }


# (key, heading, hint) in the order the picker shows them.
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("bright", "Lively and pleasant", "Energy up, feeling good"),
    ("calm", "Calm and pleasant", "Slow, settled, at ease"),
    ("mixed", "Somewhere in between", "Not clearly good or hard"),
    ("tense", "Stirred up and hard", "Energy up, feeling rough"),
    ("low", "Low and hard", "Energy down, feeling heavy"),
)

_WORDS: tuple[tuple[str, int, int], ...] = (
    # Lively and pleasant
    ("excited", 2, 2),
    ("joyful", 2, 2),
    ("inspired", 2, 2),
    ("thrilled", 2, 2),
    ("energised", 2, 1),
    ("eager", 2, 1),
    ("playful", 1, 2),
    ("cheerful", 1, 2),
    ("proud", 1, 2),
    ("loving", 1, 2),
    ("hopeful", 1, 1),
    ("amused", 1, 1),
    ("confident", 1, 1),
    ("curious", 1, 1),
    ("motivated", 1, 1),
    # Calm and pleasant
    ("grateful", 0, 2),
    ("close", 0, 2),
    ("accepted", 0, 2),
    ("content", -1, 2),
    ("safe", -1, 2),
    ("cared for", -1, 2),
    ("peaceful", -2, 2),
    ("serene", -2, 2),
    ("satisfied", 0, 1),
    ("balanced", 0, 1),
    ("tender", -1, 1),
    ("relieved", -1, 1),
    ("at ease", -1, 1),
    ("relaxed", -2, 1),
    ("cosy", -2, 1),
    # Somewhere in between
    ("surprised", 2, 0),
    ("alert", 1, 0),
    ("distracted", 1, 0),
    ("okay", 0, 0),
    ("mixed", 0, 0),
    ("unsure", 0, 0),
    ("thoughtful", -1, 0),
    ("wistful", -1, 0),
    ("sleepy", -2, 0),
    # Stirred up and hard
    ("furious", 2, -2),
    ("panicky", 2, -2),
    ("overwhelmed", 2, -2),
    ("scared", 2, -2),
    ("stressed", 2, -1),
    ("on edge", 2, -1),
    ("angry", 1, -2),
    ("anxious", 1, -2),
    ("frustrated", 1, -2),
    ("jealous", 1, -2),
    ("resentful", 1, -2),
    ("irritated", 1, -1),
    ("restless", 1, -1),
    ("worried", 1, -1),
    ("defensive", 1, -1),
    # Low and hard
    ("hurt", 0, -2),
    ("ashamed", 0, -2),
    ("guilty", 0, -1),
    ("sad", -1, -2),
    ("lonely", -1, -2),
    ("invisible", -1, -2),
    ("unheard", -1, -2),
    ("rejected", -1, -2),
    ("ignored", -1, -2),
    ("disconnected", -1, -1),
    ("disappointed", -1, -1),
    ("discouraged", -1, -1),
    ("left out", -1, -1),
    ("bored", -1, -1),
    ("tired", -2, -1),
    ("numb", -2, -1),
    ("drained", -2, -2),
    ("empty", -2, -2),
    ("hopeless", -2, -2),
)

MOODS: tuple[Mood, ...] = tuple(Mood(w, e, p) for w, e, p in _WORDS)
BY_WORD: dict[str, Mood] = {mood.word: mood for mood in MOODS}


def get_mood(word: str) -> Mood | None:
    """Return the mood for `word` (any case, outer spaces ignored), or None."""
    return BY_WORD.get(word.strip().lower())


def grouped() -> list[tuple[str, str, str, list[Mood]]]:
    """Return (key, heading, hint, moods) for each picker group, in order."""
    return [
        (key, heading, hint, [m for m in MOODS if m.group == key])
        for key, heading, hint in GROUPS
    ]


def group_heading(key: str) -> str:
    """Return a group's heading for its key."""
    return next(heading for k, heading, _ in GROUPS if k == key)
