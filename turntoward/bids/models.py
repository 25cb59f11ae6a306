"""A bid for connection: a small reach for attention, and how it was met."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from turntoward.core.models import OwnedModel

DESCRIPTION_MAX = 280


class Direction(models.TextChoices):
    MADE = "made", "A bid I made"
    RECEIVED = "received", "A bid my partner made"


class Response(models.TextChoices):
    TOWARD = "toward", "Turned toward: noticed, answered with interest or warmth"
    AWAY = "away", "Turned away: missed, ignored or brushed past"
    AGAINST = "against", "Turned against: met with irritation or a put-down"


class Bid(OwnedModel):
    direction = models.CharField(max_length=8, choices=Direction.choices)
    description = models.CharField(max_length=DESCRIPTION_MAX)
    response = models.CharField(max_length=8, choices=Response.choices)
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-occurred_at"]
        # Covering: rates read only these columns, so a period's count touches
        # that period's index entries and nothing else, however long the history.
        indexes = [
            models.Index(
                fields=["owner", "occurred_at", "direction", "response"],
                name="bid_owner_when_covering",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.direction} bid by {self.owner_id} at {self.occurred_at:%Y-%m-%d}"

    @property
    def response_short(self) -> str:
        """Return the response in two words ("turned toward")."""
        return f"turned {self.response}"
