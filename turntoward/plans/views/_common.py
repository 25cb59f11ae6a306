"""Small helpers the plan views share."""

from __future__ import annotations

from typing import Any, cast

from django.http import HttpRequest

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError


def me(request: HttpRequest) -> User:
    """Return the signed-in user (views are all behind login_required)."""
    return cast(User, request.user)


def form_error(form: Any, exc: ServiceError) -> None:
    """Put a service's error on the matching field, or on the whole form."""
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)
