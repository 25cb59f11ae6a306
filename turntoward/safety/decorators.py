"""Gate couples features behind the private partner check.

Use `@require_abuse_screen` on any view that starts a couples feature (the
partner link, a share action, a couples exercise), after `@login_required`.
Code that is not a view asks `selectors.couples_features_allowed(user=...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode, urlparse

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from turntoward.safety import selectors

View = Callable[..., HttpResponse]


def _back_to(request: HttpRequest) -> str:
    """Return where to go once the check is done: this page, or the one it was on."""
    if request.method in {"GET", "HEAD"}:
        return request.get_full_path()
    referer = request.headers.get("Referer", "")
    if url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return urlparse(referer).path or "/"
    return "/"


def abuse_screen_redirect(
    request: HttpRequest, *, next_url: str | None = None
) -> HttpResponse | None:
    """Return a redirect to the partner check (or its answer) when one is due.

    `next_url` is where to come back to afterwards (default: this page, or for
    a form post the page the form was on).
    """
    user = request.user
    if not user.is_authenticated:
        return None
    if selectors.couples_features_allowed(user=user):
        return None
    query = urlencode({"next": next_url or _back_to(request)})
    if selectors.abuse_screen_needed(user=user):
        return HttpResponseRedirect(f"{reverse('safety:screen')}?{query}")
    return HttpResponseRedirect(f"{reverse('safety:screen_result')}?{query}")


def require_abuse_screen(view: View) -> View:
    """Send the person through the partner check before this couples feature."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        gate = abuse_screen_redirect(request)
        if gate is not None:
            return gate
        return view(request, *args, **kwargs)

    return wrapped
