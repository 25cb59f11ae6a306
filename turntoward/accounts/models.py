"""Users, the opt-in partner link, invite codes and API tokens."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone


def hash_secret(value: str) -> str:
    """Return the SHA-256 hex digest we store instead of a code or token."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class Role(models.TextChoices):
    NEGLECTED = "neglected", "My emotional needs often go unanswered"
    NEGLECTING = "neglecting", "I think I may be the one who is hard to reach"
    BOTH = "both", "We both feel it"
    UNSURE = "unsure", "I'm not sure yet"


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(
        self, email: str, password: str | None = None, **extra: Any
    ) -> User:
        """Create a user with a normalised email and a hashed password."""
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(
        self, email: str, password: str | None = None, **extra: Any
    ) -> User:
        """Create a user with staff rights (used only by `manage createsuperuser`)."""
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


def normalize_email(email: str) -> str:
    """Return the email trimmed and lower-cased, so one address means one account."""
    return email.strip().lower()


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(unique=True)
    role = models.CharField(max_length=16, choices=Role.choices, blank=True)
    country = models.CharField(max_length=2, blank=True)
    privacy_accepted_at = models.DateTimeField(null=True, blank=True)
    partner = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_since = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.email

    @property
    def is_onboarded(self) -> bool:
        """Return whether the privacy notice was read and a role chosen."""
        return self.privacy_accepted_at is not None and bool(self.role)


class PartnerInvite(models.Model):
    """A single-use code one person gives another to link as partners."""

    created_by = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="partner_invites"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"invite by {self.created_by_id} until {self.expires_at:%Y-%m-%d %H:%M}"

    def is_usable(self, now: datetime) -> bool:
        """Return whether the code can still be used at `now`."""
        return self.used_at is None and now < self.expires_at


class ApiToken(models.Model):
    """A bearer token for scripts; only its hash is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"token for {self.user_id}"
