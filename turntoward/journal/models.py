"""Journal entries: private text, encrypted at rest, with what the engine noticed.

Only the words are secret enough to encrypt; what the engine derived from them
(sign ids, a self-invalidation flag, emotion labels) is stored as plain labels
so charts can count them without decrypting anything.
"""

from __future__ import annotations

from django.db import models

from turntoward.core.crypto import EncryptedTextField
from turntoward.core.models import OwnedModel


class JournalEntry(OwnedModel):
    """One journal entry; private unless its owner shares it on purpose."""

    title = EncryptedTextField(blank=True, default="")
    text = EncryptedTextField()
    prompt = models.CharField(max_length=40, blank=True, default="")
    edited_at = models.DateTimeField(null=True, blank=True)
    signs = models.JSONField(default=list, blank=True)
    self_invalidation = models.BooleanField(default=False)
    recognised_emotions = models.JSONField(default=list, blank=True)
    chosen_emotions = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["owner", "-created_at"], name="journal_owner_created_idx"
            ),
        ]
        verbose_name_plural = "journal entries"

    def __str__(self) -> str:
        return f"Journal entry {self.pk}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("journal:detail", args=[self.pk])

    @property
    def emotions(self) -> list[str]:
        """Return the emotions that count: the owner's choice, else the suggestion."""
        if self.chosen_emotions is not None:
            return list(self.chosen_emotions)
        return list(self.recognised_emotions)

    @property
    def emotions_chosen(self) -> bool:
        """Return whether the owner has confirmed or corrected the emotions."""
        return self.chosen_emotions is not None

    @property
    def heading(self) -> str:
        """Return the title, or the first words of the text when there is none."""
        if self.title:
            return str(self.title)
        words = str(self.text).split()
        return " ".join(words[:10]) + ("…" if len(words) > 10 else "")
