"""Send a signed-in person through onboarding before any other page."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

_OPEN_PREFIXES = ("/accounts/", "/static/", "/api/", "/healthz", "/help")


class OnboardingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not user.is_onboarded
            and not request.path.startswith(_OPEN_PREFIXES)
        ):
            if user.privacy_accepted_at is None:
                return redirect("accounts:privacy")
            return redirect("accounts:about_you")
        return self.get_response(request)
