"""Records behind the plan and its tools.

Items a person may choose to show their partner stand on `OwnedModel` (private
by default, shared one at a time). Logs and the decision worksheet stand on
`PrivateRecord`, which has no `shared` flag at all: there is nothing to flip.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from turntoward.core.crypto import EncryptedTextField
from turntoward.core.models import OwnedModel


class PrivateRecord(models.Model):
    """A record only its owner ever sees; it cannot be shared."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class PlanStep(PrivateRecord):
    """The person's own choices about one step: its place, skipped, times used."""

    step = models.CharField(max_length=32)
    position = models.PositiveSmallIntegerField(null=True, blank=True)
    skipped = models.BooleanField(default=False)
    uses = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "step"], name="plan_step_once")
        ]

    def __str__(self) -> str:
        return self.step


class NeedRequest(OwnedModel):
    """An "I need…" request; the partner may answer it once it is shared."""

    text = EncryptedTextField()
    example = EncryptedTextField(blank=True)
    what_happened = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"need {self.pk}"


class Answer(models.TextChoices):
    ACCEPT = "accept", "Yes, I can do that"
    CHANGE = "change", "Can we change it a little?"
    NOT_NOW = "not_now", "Not right now"


class NeedResponse(models.Model):
    """The partner's answer to a shared request, always with room for a reason."""

    request = models.ForeignKey(
        NeedRequest, on_delete=models.CASCADE, related_name="responses"
    )
    responder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    answer = models.CharField(max_length=8, choices=Answer.choices)
    reason = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.answer} to need {self.request_id}"


class LoveStyle(models.TextChoices):
    WORDS = "words", "Kind words"
    ACTS = "acts_of_service", "Helpful acts"
    GIFTS = "gifts", "Small gifts"
    TIME = "quality_time", "Time together"
    TOUCH = "physical_touch", "Touch"


class LoveAction(OwnedModel):
    """A small thing the owner means to do for their partner, in the partner's style."""

    style = models.CharField(max_length=16, choices=LoveStyle.choices)
    text = EncryptedTextField()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"love action {self.pk}"


class LoveActionDone(PrivateRecord):
    """One time the owner did a love action."""

    action = models.ForeignKey(LoveAction, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"done {self.action_id}"


class Affirmation(OwnedModel):
    """A kind sentence the person wrote for themself."""

    text = EncryptedTextField()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"affirmation {self.pk}"


class SelfCareItem(OwnedModel):
    """One thing in the person's self-care plan."""

    text = EncryptedTextField()
    when = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"self-care {self.pk}"


class SupportPerson(OwnedModel):
    """Someone the person can lean on."""

    name = EncryptedTextField()
    how = EncryptedTextField(blank=True)
    contact = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"support person {self.pk}"


class Boundary(OwnedModel):
    """ "When X happens, I will Y"."""

    when_text = EncryptedTextField()
    will_text = EncryptedTextField()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"boundary {self.pk}"


class Held(models.TextChoices):
    HELD = "held", "It held"
    PARTLY = "partly", "Partly"
    NOT_YET = "not_yet", "Not this time"


class BoundaryRecord(PrivateRecord):
    """A private note of a time a boundary was needed, and whether it held."""

    boundary = models.ForeignKey(Boundary, on_delete=models.CASCADE, related_name="+")
    held = models.CharField(max_length=8, choices=Held.choices)
    note = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.held} for boundary {self.boundary_id}"


class PresenceCommitment(OwnedModel):
    """A presence commitment, e.g. "phone-free dinner"."""

    text = EncryptedTextField()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"commitment {self.pk}"


class PresenceLog(PrivateRecord):
    """A private note of keeping a commitment or trying a daily prompt."""

    commitment = models.ForeignKey(
        PresenceCommitment,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    prompt = models.CharField(max_length=16, blank=True)
    kept = models.BooleanField(default=True)
    note = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"presence log {self.pk}"


class DecisionAnswer(PrivateRecord):
    """The person's answer to one reflective question. Never shared."""

    question = models.CharField(max_length=32)
    answer = EncryptedTextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "question"], name="decision_answer_once"
            )
        ]

    def __str__(self) -> str:
        return self.question
