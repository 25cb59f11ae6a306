"""Account endpoints: sign-up, tokens, profile, partner link, export, deletion."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth import authenticate
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.accounts import services
from turntoward.accounts.export import user_export_data
from turntoward.accounts.models import Role, User
from turntoward.core.errors import ServiceError
from turntoward.core.registry import couples_gate_api

router = Router(tags=["accounts"])


class Credentials(Schema):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=4096)


class Detail(Schema):
    detail: str


class TokenOut(Schema):
    token: str


class MeOut(Schema):
    email: str
    role: str
    country: str
    partner_linked: bool


class MePatch(Schema):
    role: Role | None = None
    country: str | None = Field(default=None, max_length=2)


class InviteOut(Schema):
    code: str
    expires: datetime


class CodeIn(Schema):
    code: str = Field(min_length=1, max_length=20)


class PasswordIn(Schema):
    password: str = Field(min_length=1, max_length=4096)


def _me(user: User) -> dict[str, Any]:
    return {
        "email": user.email,
        "role": user.role,
        "country": user.country,
        "partner_linked": user.partner_id is not None,
    }


def _check_couples_gate(user: User) -> None:
    """Refuse to start linking until the private partner check allows it."""
    reason = couples_gate_api(user)
    if reason is not None:
        raise ServiceError(reason, code="couples_gate")


@router.post("/auth/signup", auth=None, response={201: Detail})
def signup(request: HttpRequest, payload: Credentials) -> Status[Any]:
    """Create an account; the answer is the same whether or not the email was taken."""
    services.user_signup(email=payload.email, password=payload.password)
    return Status(
        201, {"detail": "If this email was new, the account is ready. Ask for a token."}
    )


@router.post("/auth/token", auth=None, response={200: TokenOut, 401: Detail})
def token(request: HttpRequest, payload: Credentials) -> Status[Any]:
    """Exchange email and password for a bearer token."""
    user = authenticate(
        request, username=payload.email.strip().lower(), password=payload.password
    )
    if user is None:
        return Status(
            401, {"detail": "That email and password don't match an account."}
        )
    return Status(200, {"token": services.api_token_create(user=user)})


@router.get("/me", response=MeOut)
def me(request: HttpRequest) -> dict[str, Any]:
    """Return the caller's own profile."""
    return _me(request.auth)  # type: ignore[attr-defined]


@router.patch("/me", response=MeOut)
def me_update(request: HttpRequest, payload: MePatch) -> dict[str, Any]:
    """Change the caller's role and/or country."""
    user = services.user_update_profile(
        user=request.auth,  # type: ignore[attr-defined]
        role=payload.role.value if payload.role else None,
        country=payload.country,
    )
    return _me(user)


@router.delete("/me", response={204: None})
def me_delete(request: HttpRequest, payload: PasswordIn) -> Status[Any]:
    """Erase the account and everything it owns (password required)."""
    services.user_delete(user=request.auth, password=payload.password)  # type: ignore[attr-defined]
    return Status(204, None)


@router.post("/partner/invite", response={201: InviteOut})
def partner_invite(request: HttpRequest) -> Status[Any]:
    """Make a single-use invite code valid for 48 hours."""
    _check_couples_gate(request.auth)  # type: ignore[attr-defined]
    code, invite = services.partner_invite_create(user=request.auth)  # type: ignore[attr-defined]
    return Status(201, {"code": code, "expires": invite.expires_at})


@router.post("/partner/accept", response=MeOut)
def partner_accept(request: HttpRequest, payload: CodeIn) -> dict[str, Any]:
    """Link with the person who made the code."""
    user: User = request.auth  # type: ignore[attr-defined]
    _check_couples_gate(user)
    services.partner_invite_accept(user=user, code=payload.code)
    return _me(user)


@router.delete("/partner", response={204: None})
def partner_unlink(request: HttpRequest) -> Status[Any]:
    """End the partner link; everything shared becomes private again."""
    services.partner_unlink(user=request.auth)  # type: ignore[attr-defined]
    return Status(204, None)


@router.get("/export")
def export(request: HttpRequest) -> dict[str, Any]:
    """Return everything the caller owns as JSON."""
    return user_export_data(user=request.auth)  # type: ignore[attr-defined]
