"""Writes for accounts: sign-up, onboarding, partner link, tokens, deletion."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth import password_validation
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from turntoward.accounts.models import (
    ApiToken,
    PartnerInvite,
    Role,
    User,
    hash_secret,
    normalize_email,
)
from turntoward.accounts.privacy import unshare_everything
from turntoward.core.errors import ServiceError
from turntoward.core.registry import user_data_parts

INVITE_LIFETIME = timedelta(hours=48)
# No 0/O or 1/I/L: codes are read aloud and typed on phones.
_INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
INVITE_MISMATCH = (
    "That code didn't work. It may be mistyped, already used, or more than "
    "48 hours old. Ask your partner for a new one."
)


def _check_password(password: str, user: User | None = None) -> None:
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise ServiceError(" ".join(exc.messages), field="password") from None


def user_signup(*, email: str, password: str) -> User | None:
    """Create an account; return None (doing equal work) if the email is taken.

    The caller answers both cases with the same words, so sign-up cannot be
    used to learn whether someone has an account.
    """
    email = normalize_email(email)
    try:
        validate_email(email)
    except ValidationError:
        raise ServiceError(
            "Please enter a valid email address.", field="email"
        ) from None
    _check_password(password, User(email=email))
    with transaction.atomic():
        if User.objects.filter(email=email).exists():
            make_password(password)  # spend the same hashing time either way
            return None
        return User.objects.create_user(email=email, password=password)


def user_accept_privacy(*, user: User) -> None:
    """Record that the user has read the privacy notice."""
    user.privacy_accepted_at = timezone.now()
    user.save(update_fields=["privacy_accepted_at"])


def user_update_profile(
    *, user: User, role: str | None = None, country: str | None = None
) -> User:
    """Change the user's role and/or country after checking them."""
    if role is not None:
        if role not in Role.values:
            raise ServiceError(
                f"Role must be one of: {', '.join(Role.values)}.", field="role"
            )
        user.role = role
    if country is not None:
        country = country.strip().upper()
        if country and (len(country) != 2 or not country.isalpha()):
            raise ServiceError(
                "Country must be a two-letter code such as US, GB or IE.",
                field="country",
            )
        user.country = country
    user.save(update_fields=["role", "country"])
    return user


def user_change_password(*, user: User, old_password: str, new_password: str) -> None:
    """Change the password after checking the old one and the new one's strength."""
    if not user.check_password(old_password):
        raise ServiceError("Your current password is not right.", field="old_password")
    _check_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])


def _new_invite_code() -> str:
    raw = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def _canonical_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{cleaned[:5]}-{cleaned[5:]}"


def partner_invite_create(*, user: User) -> tuple[str, PartnerInvite]:
    """Make a single-use invite code valid for 48 hours; return it and its record."""
    if user.partner_id is not None:
        raise ServiceError("You are already linked with a partner.", code="linked")
    code = _new_invite_code()
    now = timezone.now()
    invite = PartnerInvite.objects.create(
        created_by=user,
        code_hash=hash_secret(code),
        created_at=now,
        expires_at=now + INVITE_LIFETIME,
    )
    return code, invite


@transaction.atomic
def partner_invite_accept(*, user: User, code: str) -> User:
    """Link `user` with whoever made `code`; return the new partner."""
    now = timezone.now()
    invite = (
        PartnerInvite.objects.select_for_update()
        .filter(code_hash=hash_secret(_canonical_code(code)))
        .first()
    )
    if invite is None or not invite.is_usable(now):
        raise ServiceError(INVITE_MISMATCH, field="code", code="bad_code")
    if invite.created_by_id == user.pk:
        raise ServiceError(
            "That's your own code. Give it to your partner to enter.", field="code"
        )
    # Lock both rows so two codes can't link one person twice at once.
    pair = {
        u.pk: u
        for u in User.objects.select_for_update().filter(
            pk__in=[user.pk, invite.created_by_id]
        )
    }
    me, other = pair[user.pk], pair[invite.created_by_id]
    if me.partner_id is not None:
        raise ServiceError("You are already linked with a partner.", code="linked")
    if other.partner_id is not None:
        raise ServiceError(INVITE_MISMATCH, field="code", code="bad_code")
    invite.used_at = now
    invite.save(update_fields=["used_at"])
    for a, b in ((me, other), (other, me)):
        a.partner = b
        a.partner_since = now
        a.save(update_fields=["partner", "partner_since"])
    PartnerInvite.objects.filter(
        created_by__in=[me, other], used_at__isnull=True
    ).delete()
    user.partner, user.partner_since = other, now
    return other


@transaction.atomic
def partner_unlink(*, user: User) -> None:
    """End the partner link for both people and make everything private again."""
    me = User.objects.select_for_update().get(pk=user.pk)
    if me.partner_id is None:
        raise ServiceError("You are not linked with a partner.", code="not_linked")
    other = User.objects.select_for_update().get(pk=me.partner_id)
    for person in (me, other):
        person.partner = None
        person.partner_since = None
        person.save(update_fields=["partner", "partner_since"])
        unshare_everything(user=person)
    user.partner, user.partner_since = None, None


def api_token_create(*, user: User) -> str:
    """Make a new bearer token for scripts and return it (shown once)."""
    token = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, token_hash=hash_secret(token))
    return token


@transaction.atomic
def user_delete(*, user: User, password: str) -> None:
    """Erase the account and everything it owns, after checking the password."""
    if not user.check_password(password):
        raise ServiceError("That password is not right.", field="password")
    if user.partner_id is not None:
        partner_unlink(user=user)
    for part in user_data_parts():
        if part.delete is not None:
            part.delete(user)
    User.objects.filter(pk=user.pk).delete()
