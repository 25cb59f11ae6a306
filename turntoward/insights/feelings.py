"""Emotional range: how many different feelings a person named, week by week.

A feeling counts when the person named it: the mood word of a check-in, the
emotions they chose on a check-in, and the emotions of a journal entry (their
own choice, or until they choose, the ones we recognised). Our emotion labels
that mean the same as one of the mood words count as that word, so "grateful"
picked at a check-in and "gratitude" in the journal are one feeling, not two.

Everything here is plain arithmetic on the person's own words, so anyone can
check it by hand. Nothing is a diagnosis: a narrower range can be numbing
(framework §2, emotional_detachment), or simply a quieter fortnight.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from turntoward.checkins.moods import BY_WORD

Tone = Literal["pleasant", "hard", "in_between"]
TONES: tuple[Tone, ...] = ("pleasant", "hard", "in_between")

WINDOW = 14  # days in each of the two spans the note compares
MIN_DAYS = 4  # days with feelings named, in each span, before comparing
MIN_BEFORE = 6  # and the span before named at least this many

# Emotion labels with a mood word of the same meaning: counted as that word.
SAME_AS_MOOD: dict[str, str] = {
    "amusement": "amused",
    "anger": "angry",
    "curiosity": "curious",
    "disappointment": "disappointed",
    "excitement": "excited",
    "fear": "scared",
    "gratitude": "grateful",
    "joy": "joyful",
    "love": "loving",
    "nervousness": "anxious",
    "optimism": "hopeful",
    "pride": "proud",
    "relief": "relieved",
    "remorse": "guilty",
    "sadness": "sad",
    "surprise": "surprised",
}
# The other emotion labels: the word we show and whether it feels good or hard
# (GoEmotions' own grouping; its "ambiguous" ones sit in between).
OTHER_EMOTIONS: dict[str, tuple[str, Tone]] = {
    "admiration": ("admiration", "pleasant"),
    "approval": ("approval", "pleasant"),
    "caring": ("care", "pleasant"),
    "desire": ("longing", "pleasant"),
    "annoyance": ("annoyance", "hard"),
    "disapproval": ("disapproval", "hard"),
    "disgust": ("disgust", "hard"),
    "embarrassment": ("embarrassment", "hard"),
    "grief": ("grief", "hard"),
    "confusion": ("confusion", "in_between"),
    "realization": ("realisation", "in_between"),
}
_OTHER_WORDS: dict[str, Tone] = {word: tone for word, tone in OTHER_EMOTIONS.values()}


def feeling_word(name: str) -> str | None:
    """Return the word a mood word or emotion label counts as, or None.

    "neutral" and anything unknown name no feeling, so they are not counted.
    """
    if name in BY_WORD:
        return name
    if name in SAME_AS_MOOD:
        return SAME_AS_MOOD[name]
    if name in OTHER_EMOTIONS:
        return OTHER_EMOTIONS[name][0]
    return None


def tone(word: str) -> Tone:
    """Return whether a feeling word is pleasant, hard or in between."""
    mood = BY_WORD.get(word)
    if mood is not None:
        if mood.pleasantness > 0:
            return "pleasant"
        return "hard" if mood.pleasantness < 0 else "in_between"
    return _OTHER_WORDS.get(word, "in_between")


def named_on_day(
    *, mood: str | None = None, emotions: Iterable[str] = ()
) -> Counter[str]:
    """Return the feeling words in one record, each counted once per mention."""
    words = [feeling_word(name) for name in [*([mood] if mood else []), *emotions]]
    return Counter(w for w in words if w is not None)


@dataclass(frozen=True)
class Span:
    """The feelings named from `start` to `end` (both included)."""

    start: date
    end: date
    feelings: dict[str, int] = field(default_factory=dict)
    days: int = 0  # days on which at least one feeling was named

    @property
    def range(self) -> int:
        """Return how many different feelings were named."""
        return len(self.feelings)

    def distinct(self, which: Tone) -> int:
        """Return how many different feelings of one tone were named."""
        return sum(tone(word) == which for word in self.feelings)

    def times(self, which: Tone) -> int:
        """Return how many times feelings of one tone were named."""
        return sum(n for word, n in self.feelings.items() if tone(word) == which)

    def words(self) -> list[tuple[str, int]]:
        """Return (word, times), most named first, then alphabetically."""
        return sorted(self.feelings.items(), key=lambda item: (-item[1], item[0]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "range": self.range if self.days else None,
            **{which: self.distinct(which) for which in TONES},
            "feelings": [
                {"word": word, "times": n, "tone": tone(word)}
                for word, n in self.words()
            ],
        }


def span(feelings: Mapping[date, Counter[str]], start: date, end: date) -> Span:
    """Return the feelings named from start to end, both included."""
    total: Counter[str] = Counter()
    days = 0
    for day, named in feelings.items():
        if start <= day <= end and named:
            total.update(named)
            days += 1
    return Span(start=start, end=end, feelings=dict(total), days=days)


@dataclass(frozen=True)
class Narrowing:
    """The last fortnight's range beside the one before, and what we make of it."""

    recent: Span
    before: Span
    comparable: bool
    narrower: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "window_days": WINDOW,
            "recent": {"range": self.recent.range, "days": self.recent.days},
            "before": {"range": self.before.range, "days": self.before.days},
            "comparable": self.comparable,
            "narrower": self.narrower,
        }


def narrowing(feelings: Mapping[date, Counter[str]], today: date) -> Narrowing:
    """Compare the last 14 days with the 14 before.

    Narrower when both spans have feelings named on at least 4 days, the span
    before named at least 6 different ones, and the last 14 days a third fewer.
    """
    recent = span(feelings, today - timedelta(days=WINDOW - 1), today)
    before = span(
        feelings,
        today - timedelta(days=2 * WINDOW - 1),
        today - timedelta(days=WINDOW),
    )
    comparable = recent.days >= MIN_DAYS and before.days >= MIN_DAYS
    narrower = (
        comparable
        and before.range >= MIN_BEFORE
        and recent.range * 3 <= before.range * 2  # a third fewer, or more
    )
    return Narrowing(
        recent=recent, before=before, comparable=comparable, narrower=narrower
    )
