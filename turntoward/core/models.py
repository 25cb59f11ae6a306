"""The base every user-owned record stands on: an owner and a `shared` flag."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class OwnedModel(models.Model):
    """A record that belongs to one person and is private unless shared on purpose."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    shared = models.BooleanField(
        default=False, help_text="Visible to the linked partner, read-only."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
