"""The help page: lines for the person's country, and their private safety records."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from turntoward.safety import selectors, services
from turntoward.safety.resources import resources_for


def help_page(request: HttpRequest) -> HttpResponse:
    """Show help lines; open to everyone, logged in or not."""
    user = request.user if request.user.is_authenticated else None
    country = request.GET.get("country") or getattr(user, "country", None) or None
    context = {
        "crisis": [r.to_dict() for r in resources_for(country, "crisis")],
        "abuse": [r.to_dict() for r in resources_for(country, "abuse")],
        "events": selectors.safety_events_for(user=user) if user else [],
    }
    return render(request, "safety/help.html", context)


@require_POST
def event_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete one of the user's own safety records."""
    if request.user.is_authenticated:
        services.safety_event_delete(user=request.user, pk=pk)
        messages.success(request, "That record is deleted.")
    return redirect("safety:help")


@require_POST
def events_clear(request: HttpRequest) -> HttpResponse:
    """Delete all of the user's own safety records."""
    if request.user.is_authenticated:
        services.safety_events_clear(user=request.user)
        messages.success(request, "Those records are deleted.")
    return redirect("safety:help")
