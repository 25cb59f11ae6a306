"""A daily check-in: one per person per local day, private unless shared."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from turntoward.checkins.moods import BY_WORD, Mood
from turntoward.core.crypto import EncryptedTextField
from turntoward.core.models import OwnedModel

NOTE_MAX = 5000

# GoEmotions' labels: what the emotion model may suggest and a person may pick.
EMOTIONS: tuple[str, ...] = (
    "admiration",
    "amusement",
    "anger",
    "annoyance",
    "approval",
    "caring",
    "confusion",
    "curiosity",
    "desire",
    "disappointment",
    "disapproval",
    "disgust",
    "embarrassment",
    "excitement",
    "fear",
    "gratitude",
    "grief",
    "joy",
    "love",
    "nervousness",
    "optimism",
    "pride",
    "realization",
    "relief",
    "remorse",
    "sadness",
    "surprise",
    "neutral",
)


def validate_mood(value: str) -> None:
    """Refuse a word that is not in our feeling vocabulary."""
    if value not in BY_WORD:
        raise ValidationError("Please pick a feeling word from the list.")


def validate_emotions(value: object) -> None:
    """Refuse anything but a list of known emotion labels."""
    if not isinstance(value, list) or any(v not in EMOTIONS for v in value):
        raise ValidationError("Please pick emotions from the list.")


class CheckIn(OwnedModel):
    date = models.DateField(help_text="The person's own local day.")
    mood = models.CharField(max_length=32, validators=[validate_mood])
    connection = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="How connected to the partner, 1 (far apart) to 5 (very close).",
    )
    # "How was your day?" can hold as much as a journal entry: locked on disk too.
    note = EncryptedTextField(blank=True, max_length=NOTE_MAX)
    emotions = models.JSONField(
        default=list, blank=True, validators=[validate_emotions]
    )
    suggested_emotions = models.JSONField(default=list, blank=True)
    signs = models.JSONField(
        default=list, blank=True, help_text="Signs the engine noticed in the note."
    )

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "date"], name="checkin_one_per_person_per_day"
            ),
            models.CheckConstraint(
                condition=models.Q(connection__gte=1, connection__lte=5),
                name="checkin_connection_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"check-in {self.date} by {self.owner_id}"

    @property
    def mood_info(self) -> Mood | None:
        """Return where this check-in's mood word sits."""
        return BY_WORD.get(self.mood)
