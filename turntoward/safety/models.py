"""Private safety records. Never shareable, never shown or counted for a partner."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from turntoward.core.crypto import EncryptedTextField


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


class AbuseScreen(models.Model):
    """The private check before couples features: only the outcome is kept.

    Not an OwnedModel on purpose: it has no `shared` flag and can never be
    shared, listed, counted or exported for anyone but its owner.
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    answered_at = models.DateTimeField(default=timezone.now)
    positive = models.BooleanField(
        help_text="Any answer other than 'no': fear, harm, threats or control."
    )
    couples_anyway = models.BooleanField(
        default=False,
        help_text="The person chose to use couples features all the same.",
    )

    def __str__(self) -> str:
        return f"partner check ({'yes' if self.positive else 'no'})"


class LockMinutes(models.IntegerChoices):
    FIVE = 5, "5 minutes"
    TEN = 10, "10 minutes"
    FIFTEEN = 15, "15 minutes"
    THIRTY = 30, "30 minutes"


class SafetySettings(models.Model):
    """Discreet mode and the optional PIN lock, one row per person."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    discreet = models.BooleanField(default=False)
    pin_hash = models.CharField(max_length=256, blank=True)
    lock_minutes = models.PositiveSmallIntegerField(
        choices=LockMinutes.choices, default=LockMinutes.TEN
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "safety settings"

    def __str__(self) -> str:
        return "safety settings"

    @property
    def pin_set(self) -> bool:
        return bool(self.pin_hash)


class SafetyPlan(models.Model):
    """A person's own safety plan, encrypted at rest and never shareable."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    warning_signs = EncryptedTextField(blank=True)
    what_helps = EncryptedTextField(blank=True)
    people_and_places = EncryptedTextField(blank=True)
    professionals = EncryptedTextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "safety plan"

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in PLAN_FIELDS)


PLAN_FIELDS = ("warning_signs", "what_helps", "people_and_places", "professionals")
