"""Private safety records. Never shareable, never shown or counted for a partner."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Reason(models.TextChoices):
    CRISIS = "crisis", "Thoughts of suicide or self-harm"
    ABUSE = "abuse", "Fear, violence or control from a partner"


class SafetyEvent(models.Model):
    """A moment the help panel was shown; the text that triggered it is not kept."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(max_length=8, choices=Reason.choices)
    source = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reason} from {self.source}"
