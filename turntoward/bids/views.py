"""Bid pages: log a bid and how it was met, see rates beside the research."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from turntoward.bids import selectors, services
from turntoward.bids.forms import BidForm
from turntoward.checkins.sharing import add_form_error, sharing_state
from turntoward.core.errors import ServiceError
from turntoward.core.localtime import request_timezone, today_in
from turntoward.safety.services import flash_help

if TYPE_CHECKING:
    from turntoward.accounts.models import User

RECENT = 20


def _save(request: HttpRequest, form: BidForm, user: User, tz: Any) -> bool:
    data = dict(form.cleaned_data)
    when = data.pop("occurred_at")
    if when is not None:
        when = timezone.make_aware(when.replace(tzinfo=None), tz)
    try:
        result = services.bid_create(user=user, occurred_at=when, **data)
    except ServiceError as exc:
        add_form_error(form, exc)
        return False
    flash_help(request, result.help)
    messages.success(request, "Logged. Noticing these small moments is the work.")
    return True


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """Log a bid; show rates per direction over 7, 30 and 90 days, and recent bids."""
    user = cast("User", request.user)
    tz = request_timezone(request)
    form = BidForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _save(request, form, user, tz):
        return redirect("bids:index")
    context = {
        "form": form,
        "periods": [
            {"days": days, "made": rates["made"], "received": rates["received"]}
            for days, rates in selectors.rates_for_periods(
                user=user, today=today_in(tz), tz=tz
            )
        ],
        "stayed": selectors.STAYED_TOGETHER,
        "divorced": selectors.LATER_DIVORCED,
        "own": selectors.bids_own(user=user)[:RECENT],
        "partner": selectors.bids_partner_shared(user=user)[:RECENT],
        "tz": tz,
        "sharing": sharing_state(user),
    }
    return render(request, "bids/index.html", context)


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show one bid the person may read."""
    bid = selectors.bid_get(user=request.user, pk=pk)
    return render(
        request, "bids/detail.html", {"bid": bid, "tz": request_timezone(request)}
    )


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete one of the person's own bids."""
    user = cast("User", request.user)
    services.bid_delete(user=user, bid=selectors.bid_get_own(user=user, pk=pk))
    messages.success(request, "That bid is deleted.")
    return redirect("bids:index")
