"""A minimal user-owned record, so the privacy layer can be tested on its own."""

from __future__ import annotations

from django.db import models

from turntoward.core.models import OwnedModel


class Note(OwnedModel):
    text = models.CharField(max_length=200)

    def __str__(self) -> str:
        return self.text
