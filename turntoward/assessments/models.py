"""Stored assessments: answers saved as a person goes, finished results, and a
partner's acknowledgement of a shared neglect check.

Scoring lives in `instruments.py` (pure Python); these rows keep what it
returned, with the instrument version it was scored with.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from turntoward.assessments.instruments import get_instrument
from turntoward.core.models import OwnedModel

# Only these may ever be shown to a partner. PHQ-9, GAD-7 and the impact check
# stay private whatever anyone asks; the database refuses it too. A test keeps
# this in step with the data files' `shareable` flags.
SHAREABLE = ("availability_check", "love_styles", "neglect_check")


class AssessmentResult(OwnedModel):
    """One finished assessment, scored; shared with the partner only on purpose."""

    instrument_id = models.CharField(max_length=40)
    instrument_version = models.CharField(max_length=20)
    answers = models.JSONField(
        default=list, help_text="Raw answer values in item order; only the owner."
    )
    total = models.IntegerField(null=True, blank=True)
    band = models.CharField(max_length=40, blank=True)
    subscales = models.JSONField(default=dict, blank=True)
    interpretation = models.TextField(blank=True)
    next_steps = models.JSONField(default=list, blank=True)
    safety = models.BooleanField(
        default=False, help_text="A safety item was answered above 0; only the owner."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["owner", "instrument_id", "created_at"],
                name="assess_result_owner_inst",
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(shared=False)
                | models.Q(instrument_id__in=SHAREABLE),
                name="assess_result_only_shareable_shared",
            )
        ]

    def __str__(self) -> str:
        return f"{self.instrument_id} result {self.pk} of {self.owner_id}"

    @property
    def title(self) -> str:
        """Return the instrument's title, in words."""
        return get_instrument(self.instrument_id).title

    @property
    def is_shareable(self) -> bool:
        """Return whether this kind of result may be shown to a partner at all."""
        return self.instrument_id in SHAREABLE


class AssessmentResponse(OwnedModel):
    """An assessment in progress: answers kept as the person goes, to pause and resume.

    `shared` stays False: answers in progress are never shown to anyone.
    """

    instrument_id = models.CharField(max_length=40)
    instrument_version = models.CharField(max_length=20)
    answers = models.JSONField(default=dict, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    result = models.OneToOneField(
        AssessmentResult,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="response",
    )
    safety_noted = models.BooleanField(
        default=False, help_text="The safety event for this response is recorded."
    )

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "instrument_id"],
                condition=models.Q(completed_at__isnull=True),
                name="assess_one_open_response_per_instrument",
            )
        ]

    def __str__(self) -> str:
        state = "finished" if self.completed_at else "in progress"
        return f"{self.instrument_id} response {self.pk} ({state})"

    @property
    def is_finished(self) -> bool:
        """Return whether the answers were already turned into a result."""
        return self.completed_at is not None


class AckResponse(models.TextChoices):
    SEE_IT_TOO = "see_it_too", "I see this too"
    WANT_TO_UNDERSTAND = "want_to_understand", "I didn't realise — I want to understand"


class Acknowledgement(OwnedModel):
    """A partner's answer to a shared neglect check, seen by the person who shared it.

    The owner is the partner who wrote it; `shared` is True because it is
    written for the sharer, and unlinking turns it off with everything else.
    """

    result = models.ForeignKey(
        AssessmentResult, on_delete=models.CASCADE, related_name="acknowledgements"
    )
    response = models.CharField(max_length=24, choices=AckResponse.choices)
    note = models.TextField(blank=True, max_length=1000)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["result", "owner"], name="assess_one_ack_per_partner"
            )
        ]

    def __str__(self) -> str:
        return f"acknowledgement {self.pk} of result {self.result_id}"


# Keep the import of settings used: the owner FK comes from OwnedModel.
_USER_MODEL = settings.AUTH_USER_MODEL
