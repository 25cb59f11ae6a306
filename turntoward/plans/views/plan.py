"""The plan page and the message and empathy coaches."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from turntoward.core.errors import ServiceError
from turntoward.plans import content, forms
from turntoward.plans.plan import plan_for
from turntoward.plans.services import coach
from turntoward.plans.services import plan as plan_services
from turntoward.plans.views._common import form_error, me
from turntoward.safety.services import flash_help


@login_required
def plan_page(request: HttpRequest) -> HttpResponse:
    """Show the steps in the order that fits the person now."""
    plan = plan_for(user=me(request))
    return render(
        request,
        "plans/plan.html",
        {
            "plan": plan,
            "role_words": content.ROLE_WORDS[plan.role],
        },
    )


@login_required
@require_POST
def step_update(request: HttpRequest, step: str) -> HttpResponse:
    """Skip, bring back, or move one step."""
    action = request.POST.get("action", "")
    try:
        if action in plan_services.MOVES:
            plan_services.plan_step_update(user=me(request), step=step, move=action)
        elif action in {"skip", "restore"}:
            plan_services.plan_step_update(
                user=me(request), step=step, skipped=action == "skip"
            )
        else:
            raise ServiceError("Choose skip, bring back, up or down.", field="action")
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("plans:plan")


@login_required
@require_POST
def plan_reset(request: HttpRequest) -> HttpResponse:
    """Go back to the suggested order with nothing skipped."""
    plan_services.plan_reset(user=me(request))
    messages.success(request, "Your plan is back to the suggested order.")
    return redirect("plans:plan")


def _coach_page(
    request: HttpRequest, form: Any, check: Any, template: str, extra: dict[str, Any]
) -> HttpResponse:
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = check(**form.cleaned_data)
        except ServiceError as exc:
            form_error(form, exc)
        else:
            flash_help(request, result.help)
    return render(request, template, {"form": form, "result": result, **extra})


@login_required
def message_coach(request: HttpRequest) -> HttpResponse:
    """Check a message for blame and offer a gentler way to say it."""
    form = forms.MessageForm(request.POST or None)

    def check(text: str) -> Any:
        return coach.coach_message(user=me(request), text=text)

    return _coach_page(
        request,
        form,
        check,
        "plans/message_coach.html",
        {"starters": content.STARTERS},
    )


@login_required
def empathy_coach(request: HttpRequest) -> HttpResponse:
    """Check a reply for brushing a feeling off and offer a validating one."""
    form = forms.ReplyForm(request.POST or None)

    def check(context: str, reply: str) -> Any:
        return coach.coach_reply(user=me(request), context=context, reply=reply)

    return _coach_page(
        request,
        form,
        check,
        "plans/empathy_coach.html",
        {"scenarios": content.SCENARIOS},
    )


@login_required
def practice(request: HttpRequest, scenario: str) -> HttpResponse:
    """Answer one practice scenario and see what the coach notices."""
    found = content.SCENARIO_BY_ID.get(scenario)
    if found is None:
        from django.http import Http404

        raise Http404("Not found")
    form = forms.PracticeForm(request.POST or None)
    index = content.SCENARIOS.index(found)
    following = content.SCENARIOS[(index + 1) % len(content.SCENARIOS)]

    def check(reply: str) -> Any:
        return coach.coach_practice(user=me(request), scenario=found.id, reply=reply)

    return _coach_page(
        request,
        form,
        check,
        "plans/practice.html",
        {
            "scenario": found,
            "following": following,
            "number": index + 1,
            "count": len(content.SCENARIOS),
        },
    )
