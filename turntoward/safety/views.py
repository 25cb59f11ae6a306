"""Safety pages: help lines, private records, the partner check, discreet mode,
the PIN lock and the safety plan. Thin views over selectors and services."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from turntoward.core.errors import ServiceError
from turntoward.safety import forms, selectors, services
from turntoward.safety.middleware import LOCKED_KEY, mark_seen, take_pending_post
from turntoward.safety.models import PLAN_FIELDS
from turntoward.safety.resources import resources_for

PIN_TRIES_KEY = "turntoward_pin_tries"
PIN_TRIES = 5


def _next(request: HttpRequest, default: str) -> str:
    """Return the safe `next` URL from the query or form, or `default`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _url(name: str) -> str:
    return reverse(name)


def _query(next_url: str) -> str:
    return urlencode({"next": next_url})


def _country(request: HttpRequest) -> str | None:
    return getattr(request.user, "country", None) or None


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


# --- the partner check -------------------------------------------------------


@login_required
def screen(request: HttpRequest) -> HttpResponse:
    """Ask the short private check before any couples feature."""
    user = request.user
    next_url = _next(request, "/accounts/partner/")
    form = forms.AbuseScreenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        answer = services.abuse_screen_answer(user=user, **form.answers())  # type: ignore[arg-type]
        if answer.positive:
            return redirect(f"{_url('safety:screen_result')}?{_query(next_url)}")
        return redirect(next_url)
    context = {"form": form, "next": next_url}
    return render(request, "safety/screen.html", context)


@login_required
def screen_result(request: HttpRequest) -> HttpResponse:
    """After a 'yes': say why couples features wait, and show help and next steps."""
    user = request.user
    next_url = _next(request, "/accounts/partner/")
    if selectors.abuse_screen_needed(user=user):  # type: ignore[arg-type]
        return redirect(f"{_url('safety:screen')}?{_query(next_url)}")
    if not selectors.abuse_screen_positive(user=user):  # type: ignore[arg-type]
        return redirect(next_url)
    context = {
        "abuse": [r.to_dict() for r in resources_for(_country(request), "abuse")],
        "next": next_url,
        "allowed": selectors.couples_features_allowed(user=user),  # type: ignore[arg-type]
    }
    return render(request, "safety/screen_result.html", context)


@login_required
@require_POST
def screen_insist(request: HttpRequest) -> HttpResponse:
    """Let the person use couples features all the same: their choice."""
    try:
        services.abuse_screen_insist(user=request.user)  # type: ignore[arg-type]
    except ServiceError:
        return redirect("safety:screen")
    return redirect(_next(request, "/accounts/partner/"))


@login_required
@require_POST
def screen_delete(request: HttpRequest) -> HttpResponse:
    """Forget the partner check; it is asked again before couples features."""
    services.abuse_screen_delete(user=request.user)  # type: ignore[arg-type]
    messages.success(request, "Your answers are deleted.")
    return redirect("safety:settings")


# --- discreet mode and the PIN lock -----------------------------------------


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    """Discreet mode, the PIN lock, and what is kept about the partner check."""
    user = request.user
    current = selectors.safety_settings_for(user=user)  # type: ignore[arg-type]
    discreet = forms.DiscreetForm(initial={"discreet": current.discreet})
    pin = forms.PinForm(initial={"lock_minutes": current.lock_minutes})
    action = request.POST.get("form")
    if request.method == "POST" and action == "discreet":
        discreet = forms.DiscreetForm(request.POST)
        if discreet.is_valid():
            services.safety_settings_update(
                user=user,  # type: ignore[arg-type]
                discreet=discreet.cleaned_data["discreet"],
            )
            messages.success(request, "Saved.")
            return redirect("safety:settings")
    elif request.method == "POST" and action == "pin":
        pin = forms.PinForm(request.POST)
        if pin.is_valid():
            try:
                services.safety_pin_set(user=user, **pin.cleaned_data)  # type: ignore[arg-type]
            except ServiceError as exc:
                pin.add_error("pin", exc.message)
            else:
                mark_seen(request)
                messages.success(request, "Your PIN is set.")
                return redirect("safety:settings")
    elif request.method == "POST" and action == "pin_clear":
        services.safety_pin_clear(user=user)  # type: ignore[arg-type]
        messages.success(request, "The PIN lock is off.")
        return redirect("safety:settings")
    context: dict[str, Any] = {
        "current": current,
        "discreet_form": discreet,
        "pin_form": pin,
        "screen": selectors.abuse_screen_for(user=user),  # type: ignore[arg-type]
        "plan": selectors.safety_plan_for(user=user),  # type: ignore[arg-type]
    }
    return render(request, "safety/settings.html", context)


@login_required
def unlock(request: HttpRequest) -> HttpResponse:
    """Ask for the PIN after a while without use; five wrong tries log out."""
    next_url = _next(request, "/")
    if not request.session.get(LOCKED_KEY):
        return redirect(next_url)
    form = forms.UnlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        pin = form.cleaned_data["pin"]
        if services.safety_pin_check(user=request.user, pin=pin):  # type: ignore[arg-type]
            request.session.pop(PIN_TRIES_KEY, None)
            mark_seen(request)
            pending = take_pending_post(request)
            if pending is not None:
                return _resume(request, pending)
            return redirect(next_url)
        tries = int(request.session.get(PIN_TRIES_KEY, 0)) + 1
        request.session[PIN_TRIES_KEY] = tries
        if tries >= PIN_TRIES:
            logout(request)
            messages.info(request, "Please log in again.")
            return redirect("accounts:login")
        form.add_error("pin", "That PIN isn't right. Please try again.")
    return render(request, "safety/unlock.html", {"form": form, "next": next_url})


def _resume(request: HttpRequest, pending: dict[str, Any]) -> HttpResponse:
    """Offer to send the form that was sent while the lock was on."""
    fields = [
        (name, value)
        for name, values in pending.get("data", {}).items()
        for value in values
    ]
    context = {"action": pending.get("path", "/"), "fields": fields}
    return render(request, "safety/resume.html", context)


# --- the safety plan -----------------------------------------------------------


@login_required
def plan_page(request: HttpRequest) -> HttpResponse:
    """Write and keep a private safety plan."""
    user = request.user
    plan = selectors.safety_plan_for(user=user)  # type: ignore[arg-type]
    initial = {name: getattr(plan, name) for name in PLAN_FIELDS} if plan else {}
    form = forms.SafetyPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.safety_plan_save(user=user, **form.cleaned_data)  # type: ignore[arg-type]
        except ServiceError as exc:
            form.add_error(exc.field, exc.message)
        else:
            messages.success(request, "Your plan is saved. Only you can see it.")
            return redirect("safety:plan")
    return render(request, "safety/plan.html", {"form": form, "plan": plan})


@login_required
@require_POST
def plan_delete(request: HttpRequest) -> HttpResponse:
    """Delete the safety plan."""
    services.safety_plan_delete(user=request.user)  # type: ignore[arg-type]
    messages.success(request, "Your plan is deleted.")
    return redirect("safety:plan")
