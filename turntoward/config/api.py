"""The JSON API under /api/v1: one NinjaAPI, one router per app, bearer tokens."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer

from turntoward.accounts.models import ApiToken, hash_secret
from turntoward.core.errors import ServiceError


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        """Return the user a token belongs to, or None."""
        found = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=hash_secret(token), user__is_active=True)
            .first()
        )
        if found is None:
            return None
        request.user = found.user
        return found.user


api = NinjaAPI(
    title="TurnToward API",
    version="1",
    urls_namespace="api",
    auth=BearerToken(),
    docs_url=None,
)


@api.exception_handler(ServiceError)
def _service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    status = 409 if exc.code in {"linked", "not_linked", "couples_gate"} else 422
    detail = [
        {"loc": ["body", exc.field] if exc.field else ["body"], "msg": exc.message}
    ]
    return api.create_response(request, {"detail": detail}, status=status)


@api.exception_handler(NinjaValidationError)
def _validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": exc.errors}, status=422)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if exc.status_code == 400 and str(exc).startswith("Cannot parse request body"):
        detail = [{"loc": ["body"], "msg": "The request body is not valid JSON."}]
        return api.create_response(request, {"detail": detail}, status=422)
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Not found"}, status=404)


@api.exception_handler(AuthenticationError)
def _unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(request, {"detail": "Unauthorized"}, status=401)


@api.exception_handler(PermissionDenied)
def _denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Too many tries. Please wait a few minutes."}, status=429
    )


_ROUTERS = [
    "turntoward.accounts.api",
    "turntoward.safety.api",
    "turntoward.assessments.api",
    "turntoward.checkins.api",
    "turntoward.bids.api",
    "turntoward.journal.api",
    "turntoward.insights.api",
    "turntoward.plans.api",
]


def _add_routers() -> None:
    import importlib

    for module in _ROUTERS:
        api.add_router("", importlib.import_module(module).router)


_add_routers()
