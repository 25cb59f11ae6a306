"""The PIN lock after inactivity, and neutral page titles in discreet mode.

Runs after authentication. Bearer-token API calls and static files are left
alone: the lock guards an open browser tab from a looker-on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone

from turntoward.core.crypto import DecryptionError, decrypt, encrypt
from turntoward.safety.models import SafetySettings
from turntoward.safety.selectors import DISCREET_NAME, safety_settings_for

SEEN_KEY = "turntoward_seen"
PENDING_KEY = "turntoward_pending_post"
PENDING_MAX_CHARS = 64_000
# Remembers discreet mode in this browser after log-out, so the log-in page
# stays plain too. The name and value say nothing about the app.
PLAIN_COOKIE = "plain"
PLAIN_COOKIE_AGE = 60 * 60 * 24 * 365
LOCKED_KEY = "turntoward_locked"
_SKIP_PREFIXES = ("/static/", "/api/", "/healthz")
# Reachable while locked: the lock page itself and the ways out.
_OPEN_WHILE_LOCKED = ("/help/unlock/", "/accounts/quick-exit/", "/accounts/logout/")
_TITLE_RE = re.compile(rb"<title>.*?</title>", re.DOTALL | re.IGNORECASE)


def mark_seen(request: HttpRequest) -> None:
    """Start the inactivity clock again (after unlocking or setting a PIN)."""
    request.session[SEEN_KEY] = timezone.now().timestamp()
    request.session.pop(LOCKED_KEY, None)


def keep_pending_post(request: HttpRequest) -> None:
    """Keep a form sent after the lock came on (encrypted), to send after the PIN.

    Someone may have been writing for a long while; the lock must not lose it.
    """
    data = {
        name: request.POST.getlist(name)
        for name in request.POST
        if name != "csrfmiddlewaretoken"
    }
    raw = json.dumps({"path": request.path, "data": data})
    if len(raw) <= PENDING_MAX_CHARS:
        request.session[PENDING_KEY] = encrypt(raw)


def take_pending_post(request: HttpRequest) -> dict[str, Any] | None:
    """Return (and forget) the form kept by `keep_pending_post`, if any."""
    token = request.session.pop(PENDING_KEY, None)
    if not token:
        return None
    try:
        pending: dict[str, Any] = json.loads(decrypt(token))
    except (DecryptionError, ValueError):
        return None
    return pending


def is_locked(request: HttpRequest, settings: SafetySettings) -> bool:
    """Return whether this session waits for the PIN; note activity if not."""
    session = request.session
    if session.get(LOCKED_KEY):
        return True
    now = timezone.now().timestamp()
    seen = session.get(SEEN_KEY)
    if isinstance(seen, int | float) and now - seen > settings.lock_minutes * 60:
        session[LOCKED_KEY] = True
        return True
    session[SEEN_KEY] = now
    return False


def neutral_title(response: HttpResponse) -> None:
    """Replace the page's <title> with the neutral name."""
    if response.streaming or not response.get("Content-Type", "").startswith(
        "text/html"
    ):
        return
    content, count = _TITLE_RE.subn(
        f"<title>{DISCREET_NAME}</title>".encode(), response.content, count=1
    )
    if count:
        response.content = content
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(content))


class SafetyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if request.path.startswith(_SKIP_PREFIXES):
            return self.get_response(request)
        if not user.is_authenticated:
            request.safety_plain = request.COOKIES.get(PLAIN_COOKIE) == "1"  # type: ignore[attr-defined]
            response = self.get_response(request)
            if request.safety_plain:  # type: ignore[attr-defined]
                neutral_title(response)
            return response
        settings = safety_settings_for(user=user)
        request.safety_settings = settings  # type: ignore[attr-defined]
        locked = settings.pin_set and is_locked(request, settings)
        request.safety_locked = locked  # type: ignore[attr-defined]
        if locked and not request.path.startswith(_OPEN_WHILE_LOCKED):
            if request.method == "POST":
                keep_pending_post(request)
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('safety:unlock')}?{query}")
        response = self.get_response(request)
        if settings.discreet:
            neutral_title(response)
            response.set_cookie(
                PLAIN_COOKIE,
                "1",
                max_age=PLAIN_COOKIE_AGE,
                httponly=True,
                samesite="Lax",
            )
        elif request.COOKIES.get(PLAIN_COOKIE):
            response.delete_cookie(PLAIN_COOKIE, samesite="Lax")
        return response
