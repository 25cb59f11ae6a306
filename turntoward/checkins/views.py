"""Check-in pages: today's check-in (new or edit), one check-in, chosen emotions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from turntoward.checkins import selectors, services
from turntoward.checkins.forms import CheckInForm, EmotionsForm
from turntoward.checkins.sharing import add_form_error, sharing_state
from turntoward.core.errors import ServiceError
from turntoward.core.localtime import request_timezone, today_in
from turntoward.safety.services import flash_help, safety_check_text

if TYPE_CHECKING:
    from turntoward.accounts.models import User

RECENT = 14


def _initial(checkin: Any) -> dict[str, Any]:
    if checkin is None:
        return {}
    return {
        "mood": checkin.mood,
        "connection": str(checkin.connection),
        "note": checkin.note,
        "shared": checkin.shared,
    }


@login_required
def today(request: HttpRequest) -> HttpResponse:
    """Show today's check-in form (filled in if done already) and recent ones."""
    user = cast("User", request.user)
    day = today_in(request_timezone(request))
    current = selectors.checkin_for_day(user=user, day=day)
    form = CheckInForm(request.POST or None, initial=_initial(current))
    if request.method == "POST":
        if form.is_valid():
            try:
                result = services.checkin_save(
                    user=user, today=day, **form.cleaned_data
                )
            except ServiceError as exc:
                add_form_error(form, exc)
            else:
                flash_help(request, result.help)
                messages.success(request, "Saved. Thank you for checking in.")
                if result.reflection:
                    messages.info(request, result.reflection)
                return redirect("checkins:today")
        elif request.POST.get("note", "").strip():
            # Nothing is saved, but words about danger still get help at once.
            note = request.POST["note"]
            flash_help(
                request, safety_check_text(user=user, text=note, source="checkin")
            )
    context = {
        "form": form,
        "day": day,
        "current": current,
        "emotions_form": _emotions_form(current),
        "recent": selectors.checkins_visible(user=user)[:RECENT],
        "sharing": sharing_state(user),
    }
    return render(request, "checkins/today.html", context)


def _emotions_form(checkin: Any) -> EmotionsForm | None:
    if checkin is None:
        return None
    chosen = checkin.emotions or checkin.suggested_emotions
    return EmotionsForm(initial={"emotions": chosen})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show one check-in the person may read (their own or a shared one)."""
    checkin = selectors.checkin_get(user=request.user, pk=pk)
    return render(request, "checkins/detail.html", {"checkin": checkin})


@login_required
@require_POST
def emotions(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep the emotions the person chose for one of their own check-ins."""
    checkin = selectors.checkin_get_own(user=request.user, pk=pk)
    form = EmotionsForm(request.POST)
    if form.is_valid():
        services.checkin_set_emotions(
            user=cast("User", request.user),
            checkin=checkin,
            emotions=form.cleaned_data["emotions"],
        )
        messages.success(
            request, "Kept. Naming feelings is a skill, and you're using it."
        )
    else:
        messages.error(request, "Please pick feelings from the list.")
    return redirect("checkins:today")
